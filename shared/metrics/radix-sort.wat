;; row-store.ts's sortedOrder: row numbers ordered by (score, prediction, row number) by an LSD radix sort, 8 bits a
;; pass, of each score's 64 bits moved with its row number (the bits of a double in [0, 1] ascend with it; NaN is
;; keyed as +Infinity, the largest). A first pass lays the rows out by prediction (stable) and counts every pass's
;; digits; a pass where every key has the same digit is skipped. 256 buckets a pass keep the scattered writes in
;; few places at a time, which a 16-bit digit's 65,536 did not.
;;
;; Memory, laid out by row-store.ts (all addresses absolute, 8-byte aligned): the scores (f64 x n, read, then
;; overwritten), the meta words (u32 x n, 0 for none: prediction is bit 1), two key areas (i64 x n) and two row
;; areas (u32 x n), and the counts (u32 x 8 x 256).
(module
  (import "sort" "memory" (memory 1))

  ;; Sorts; then the first key area holds the sorted scores (NaN again for NaN) and the first row area the order when
  ;; it returns 0, the second areas when it returns 1; with meta, the other row area holds the meta words in order.
  (func (export "sort")
    (param $n i32) (param $scores i32) (param $meta i32) (param $keys i32) (param $nextKeys i32) (param $rows i32)
    (param $nextRows i32) (param $counts i32) (result i32)
    (local $i i32) (local $zeros i32) (local $z i32) (local $o i32) (local $at i32) (local $bits i64) (local $s f64)
    (local $pass i32) (local $base i32) (local $d i32) (local $sum i32) (local $c i32) (local $shift i64) (local $to i32)
    (local $swapped i32) (local $t i32) (local $cell i32)
    (memory.fill (local.get $counts) (i32.const 0) (i32.const 8192))
    ;; Rows of prediction 0 first, then 1, each in arrival order.
    (local.set $zeros (local.get $n))
    (if (local.get $meta)
      (then
        (local.set $zeros (i32.const 0))
        (local.set $i (i32.const 0))
        (block $counted
          (loop $count
            (br_if $counted (i32.ge_u (local.get $i) (local.get $n)))
            (if (i32.eqz (i32.and (i32.load (i32.add (local.get $meta) (i32.shl (local.get $i) (i32.const 2)))) (i32.const 2)))
              (then (local.set $zeros (i32.add (local.get $zeros) (i32.const 1)))))
            (local.set $i (i32.add (local.get $i) (i32.const 1)))
            (br $count)))))
    (local.set $z (i32.const 0))
    (local.set $o (local.get $zeros))
    (local.set $i (i32.const 0))
    (block $laid
      (loop $lay
        (br_if $laid (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $at (local.get $z))
        (if (local.get $meta)
          (then
            (if (i32.and (i32.load (i32.add (local.get $meta) (i32.shl (local.get $i) (i32.const 2)))) (i32.const 2))
              (then (local.set $at (local.get $o)) (local.set $o (i32.add (local.get $o) (i32.const 1))))
              (else (local.set $z (i32.add (local.get $z) (i32.const 1))))))
          (else (local.set $z (i32.add (local.get $z) (i32.const 1)))))
        (local.set $s (f64.load (i32.add (local.get $scores) (i32.shl (local.get $i) (i32.const 3)))))
        (local.set $bits (select
          (i64.reinterpret_f64 (local.get $s))
          (i64.const 0x7ff0000000000000)
          (f64.eq (local.get $s) (local.get $s))))
        (i64.store (i32.add (local.get $keys) (i32.shl (local.get $at) (i32.const 3))) (local.get $bits))
        (i32.store (i32.add (local.get $rows) (i32.shl (local.get $at) (i32.const 2))) (local.get $i))
        ;; Every pass's digit counted now: counts[pass * 256 + digit].
        (local.set $pass (i32.const 0))
        (loop $digits
          (local.set $cell (i32.add (local.get $counts) (i32.shl
            (i32.add (i32.shl (local.get $pass) (i32.const 8))
              (i32.wrap_i64 (i64.and (i64.shr_u (local.get $bits) (i64.extend_i32_u (i32.shl (local.get $pass) (i32.const 3)))) (i64.const 255))))
            (i32.const 2))))
          (i32.store (local.get $cell) (i32.add (i32.load (local.get $cell)) (i32.const 1)))
          (local.set $pass (i32.add (local.get $pass) (i32.const 1)))
          (br_if $digits (i32.lt_u (local.get $pass) (i32.const 8))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $lay)))
    (local.set $pass (i32.const 0))
    (block $sorted
      (loop $nextPass
        (br_if $sorted (i32.ge_u (local.get $pass) (i32.const 8)))
        (local.set $base (i32.add (local.get $counts) (i32.shl (local.get $pass) (i32.const 10))))
        (local.set $shift (i64.extend_i32_u (i32.shl (local.get $pass) (i32.const 3))))
        (block $skip
          (br_if $skip (i32.eqz (local.get $n)))
          ;; Every key has the first key's digit: nothing moves.
          (br_if $skip (i32.eq (local.get $n) (i32.load (i32.add (local.get $base) (i32.shl
            (i32.wrap_i64 (i64.and (i64.shr_u (i64.load (local.get $keys)) (local.get $shift)) (i64.const 255)))
            (i32.const 2))))))
          (local.set $sum (i32.const 0))
          (local.set $d (i32.const 0))
          (loop $offsets
            (local.set $cell (i32.add (local.get $base) (i32.shl (local.get $d) (i32.const 2))))
            (local.set $c (i32.load (local.get $cell)))
            (i32.store (local.get $cell) (local.get $sum))
            (local.set $sum (i32.add (local.get $sum) (local.get $c)))
            (local.set $d (i32.add (local.get $d) (i32.const 1)))
            (br_if $offsets (i32.lt_u (local.get $d) (i32.const 256))))
          (local.set $i (i32.const 0))
          (block $moved
            (loop $move
              (br_if $moved (i32.ge_u (local.get $i) (local.get $n)))
              (local.set $bits (i64.load (i32.add (local.get $keys) (i32.shl (local.get $i) (i32.const 3)))))
              (local.set $cell (i32.add (local.get $base) (i32.shl
                (i32.wrap_i64 (i64.and (i64.shr_u (local.get $bits) (local.get $shift)) (i64.const 255)))
                (i32.const 2))))
              (local.set $to (i32.load (local.get $cell)))
              (i32.store (local.get $cell) (i32.add (local.get $to) (i32.const 1)))
              (i64.store (i32.add (local.get $nextKeys) (i32.shl (local.get $to) (i32.const 3))) (local.get $bits))
              (i32.store (i32.add (local.get $nextRows) (i32.shl (local.get $to) (i32.const 2)))
                (i32.load (i32.add (local.get $rows) (i32.shl (local.get $i) (i32.const 2)))))
              (local.set $i (i32.add (local.get $i) (i32.const 1)))
              (br $move)))
          (local.set $t (local.get $keys)) (local.set $keys (local.get $nextKeys)) (local.set $nextKeys (local.get $t))
          (local.set $t (local.get $rows)) (local.set $rows (local.get $nextRows)) (local.set $nextRows (local.get $t))
          (local.set $swapped (i32.xor (local.get $swapped) (i32.const 1))))
        (local.set $pass (i32.add (local.get $pass) (i32.const 1)))
        (br $nextPass)))
    ;; The sorted keys as scores again (NaN's key back to NaN), in place; with meta, the meta words in order.
    (local.set $i (i32.const 0))
    (block $done
      (loop $out
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $at (i32.add (local.get $keys) (i32.shl (local.get $i) (i32.const 3))))
        (local.set $bits (i64.load (local.get $at)))
        (if (i64.eq (local.get $bits) (i64.const 0x7ff0000000000000))
          (then (f64.store (local.get $at) (f64.const nan))))
        (if (local.get $meta)
          (then
            (i32.store (i32.add (local.get $nextRows) (i32.shl (local.get $i) (i32.const 2)))
              (i32.load (i32.add (local.get $meta) (i32.shl
                (i32.load (i32.add (local.get $rows) (i32.shl (local.get $i) (i32.const 2))))
                (i32.const 2)))))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $out)))
    (local.get $swapped)))
