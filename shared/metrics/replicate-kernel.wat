;; The bootstrap's innermost loops (see replicate-kernel.ts). Each does the same operations in the same order as the
;; JavaScript it stands for, so the sums are the same to the bit: WebAssembly's f64 arithmetic is IEEE 754's, as
;; JavaScript's, and never fused.
;;
;; Memory, laid out by replicate-kernel.ts: the row's replicate indexes (u16) from byte 0 and their masses (f64) from
;; $massAt, its Poisson draws (u8), then regions of doubles: replicate masses and counts, and ScoreSweep states, 8
;; doubles (64 bytes) a replicate: TPS, FPS, AP, LOG_LOSS, BRIER, AREA, GAP, unused.
(module
  (import "kernel" "memory" (memory 1))

;; Tables for drawMasses, from $tablesAt (laid out by replicate-kernel.ts from bootstrap.ts's): the Poisson value of
  ;; each 16-bit number's two bytes, high byte first in memory (u16 x 65536, 0x80 set in a byte that straddles a
  ;; threshold), of each byte (u8 x 256, 255 when it straddles), then the thresholds (f64, the last 2^32).
  ;; Offsets: 0, 131072, 131328.

  ;; bootstrap.ts's fmix32 (murmur3's finalizer).
  (func $fmix32 (param $h i32) (result i32)
    (local.set $h (i32.xor (local.get $h) (i32.shr_u (local.get $h) (i32.const 16))))
    (local.set $h (i32.mul (local.get $h) (i32.const 0x85ebca6b)))
    (local.set $h (i32.xor (local.get $h) (i32.shr_u (local.get $h) (i32.const 13))))
    (local.set $h (i32.mul (local.get $h) (i32.const 0xc2b2ae35)))
    (i32.xor (local.get $h) (i32.shr_u (local.get $h) (i32.const 16))))

  ;; bootstrap.ts's refine: the value of byte $top of replicate $replicate's draw, with 24 more bits hashed from the key.
  (func $refine (param $top i32) (param $h1 i32) (param $h2 i32) (param $replicate i32) (param $thresholdsAt i32) (result i32)
    (local $u f64) (local $k i32)
    (local.set $u (f64.convert_i32_u (i32.or (i32.shl (local.get $top) (i32.const 24))
      (i32.shr_u
        (call $fmix32 (i32.xor
          (i32.add (local.get $h1) (i32.mul (i32.add (local.get $replicate) (i32.const 1)) (i32.const 0x9e3779b9)))
          (local.get $h2)))
        (i32.const 8)))))
    (block $found
      (loop $step
        (br_if $found (f64.lt (local.get $u) (f64.load (i32.add (local.get $thresholdsAt) (i32.shl (local.get $k) (i32.const 3))))))
        (local.set $k (i32.add (local.get $k) (i32.const 1)))
        (br $step)))
    (local.get $k))

  ;; bootstrap.ts's drawHashedWords (the row's Poisson draws of replicates up to $to, as bytes from $drawsAt; the
  ;; generator's outputs for the words before the one holding $from only stepped over), then nonZeroMasses of the
  ;; draws from $from to $to: the same draws, from the same xoshiro128** outputs. Returns how many masses.
  (func (export "drawMasses")
    (param $h1 i32) (param $h2 i32) (param $from i32) (param $to i32) (param $weight f64)
    (param $drawsAt i32) (param $massAt i32) (param $tablesAt i32) (result i32)
    (local $s0 i32) (local $s1 i32) (local $s2 i32) (local $s3 i32) (local $m i32) (local $bits i32) (local $t2 i32) (local $t3 i32)
    (local $r i32) (local $first i32) (local $high i32) (local $low i32) (local $byteAt i32) (local $i i32) (local $b i32)
    (local $v i32) (local $word i32)
    ;; The state, as Xoshiro128's constructor makes it.
    (local.set $s0 (call $fmix32 (i32.xor (local.get $h1) (i32.const 0x9e3779b9))))
    (local.set $s1 (call $fmix32 (i32.xor (local.get $h2) (i32.const 0x7f4a7c15))))
    (local.set $s2 (call $fmix32 (i32.xor (i32.add (local.get $h1) (i32.const 0x3c6ef372)) (local.get $h2))))
    (local.set $s3 (call $fmix32 (i32.xor (i32.add (local.get $h2) (i32.const 0xdaa66d2b)) (local.get $h1))))
    (if (i32.eqz (i32.or (i32.or (local.get $s0) (local.get $s1)) (i32.or (local.get $s2) (local.get $s3))))
      (then (local.set $s0 (i32.const 1))))
    (local.set $first (i32.shl (i32.shr_u (local.get $from) (i32.const 2)) (i32.const 2)))
    (local.set $byteAt (i32.add (local.get $tablesAt) (i32.const 131072)))
    (block $drawn
      (loop $word
        (br_if $drawn (i32.ge_u (local.get $r) (local.get $to)))
        ;; Xoshiro128.next
        (local.set $m (i32.mul (local.get $s1) (i32.const 5)))
        (local.set $bits (i32.mul (i32.rotl (local.get $m) (i32.const 7)) (i32.const 9)))
        (local.set $t2 (i32.xor (local.get $s2) (local.get $s0)))
        (local.set $t3 (i32.xor (local.get $s3) (local.get $s1)))
        (local.set $s2 (i32.xor (local.get $t2) (i32.shl (local.get $s1) (i32.const 9))))
        (local.set $s1 (i32.xor (local.get $s1) (local.get $t2)))
        (local.set $s0 (i32.xor (local.get $s0) (local.get $t3)))
        (local.set $s3 (i32.rotl (local.get $t3) (i32.const 11)))
        (if (i32.ge_u (local.get $r) (local.get $first))
          (then
            (local.set $high (i32.load16_u (i32.add (local.get $tablesAt) (i32.shl (i32.shr_u (local.get $bits) (i32.const 16)) (i32.const 1)))))
            (local.set $low (i32.load16_u (i32.add (local.get $tablesAt) (i32.shl (i32.and (local.get $bits) (i32.const 0xffff)) (i32.const 1)))))
            (if (i32.and
                  (i32.eqz (i32.and (i32.or (local.get $high) (local.get $low)) (i32.const 0x8080)))
                  (i32.le_u (i32.add (local.get $r) (i32.const 4)) (local.get $to)))
              (then
                (local.set $word (i32.or (local.get $high) (i32.shl (local.get $low) (i32.const 16)))))
              (else
                ;; Byte by byte, the high one first: refined where it straddles, 0 past the replicates.
                (local.set $word (i32.const 0))
                (local.set $i (i32.const 0))
                (loop $byte
                  (local.set $b (i32.and (i32.shr_u (local.get $bits) (i32.sub (i32.const 24) (i32.shl (local.get $i) (i32.const 3)))) (i32.const 0xff)))
                  (local.set $v (i32.load8_u (i32.add (local.get $byteAt) (local.get $b))))
                  (if (i32.eq (local.get $v) (i32.const 255))
                    (then (local.set $v (call $refine (local.get $b) (local.get $h1) (local.get $h2) (i32.add (local.get $r) (local.get $i))
                      (i32.add (local.get $tablesAt) (i32.const 131328))))))
                  (if (i32.ge_u (i32.add (local.get $r) (local.get $i)) (local.get $to)) (then (local.set $v (i32.const 0))))
                  (local.set $word (i32.or (local.get $word) (i32.shl (local.get $v) (i32.shl (local.get $i) (i32.const 3)))))
                  (br_if $byte (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (i32.const 4))))))
            (i32.store (i32.add (local.get $drawsAt) (local.get $r)) (local.get $word))))
        (local.set $r (i32.add (local.get $r) (i32.const 4)))
        (br $word)))
    (call $nonZeroMasses (i32.add (local.get $drawsAt) (local.get $from)) (i32.sub (local.get $to) (local.get $from))
      (local.get $massAt) (local.get $weight)))

    ;; A row's masses (drawMasses' end): the R draws from $drawsAt times the row's weight, those that are not 0 as index (from
  ;; byte 0) and mass (from $massAt); returns how many.
  (func $nonZeroMasses
    (param $drawsAt i32) (param $replicates i32) (param $massAt i32) (param $weight f64) (result i32)
    (local $r i32) (local $count i32) (local $draw i32)
    (if (f64.eq (local.get $weight) (f64.const 0)) (then (return (i32.const 0))))
    (if (i32.eqz (local.get $replicates)) (then (return (i32.const 0))))
    (loop $draws
      (local.set $draw (i32.load8_u (i32.add (local.get $drawsAt) (local.get $r))))
      (i32.store16 (i32.shl (local.get $count) (i32.const 1)) (local.get $r))
      (f64.store (i32.add (local.get $massAt) (i32.shl (local.get $count) (i32.const 3)))
        (f64.mul (local.get $weight) (f64.convert_i32_u (local.get $draw))))
      ;; 1 unless the draw is 0, without a branch the draws would mispredict.
      (local.set $count (i32.add (local.get $count) (i32.shr_u (i32.add (local.get $draw) (i32.const 255)) (i32.const 8))))
      (br_if $draws (i32.lt_u (local.tee $r (i32.add (local.get $r) (i32.const 1))) (local.get $replicates))))
    (local.get $count))

  ;; The row's masses into R doubles from $countsAt: counts[index[j]] += mass[j].
  (func (export "addMasses") (param $countsAt i32) (param $count i32) (param $massAt i32)
    (local $j i32) (local $at i32)
    (if (i32.eqz (local.get $count)) (then (return)))
    (loop $masses
      (local.set $at (i32.add (local.get $countsAt)
        (i32.shl (i32.load16_u (i32.shl (local.get $j) (i32.const 1))) (i32.const 3))))
      (f64.store (local.get $at)
        (f64.add (f64.load (local.get $at)) (f64.load (i32.add (local.get $massAt) (i32.shl (local.get $j) (i32.const 3))))))
      (br_if $masses (i32.lt_u (local.tee $j (i32.add (local.get $j) (i32.const 1))) (local.get $count)))))

  ;; ScoreSweep.addOneLabel of the state at $state by the row's masses (index, mass: the first $count); for the
  ;; replicate at $s, mass $m.
  (func (export "addOneRow")
    (param $state i32) (param $label i32) (param $count i32) (param $massAt i32)
    (param $score f64) (param $lossIfPositive f64) (param $lossIfNegative f64)
    (local $j i32) (local $s i32) (local $m f64) (local $t f64) (local $f f64) (local $previous f64) (local $rest f64)
    (if (i32.eqz (local.get $count)) (then (return)))
    (local.set $rest (f64.sub (f64.const 1) (local.get $score)))
    (if (local.get $label)
      (then
        (loop $positive
          (local.set $s (i32.add (local.get $state)
            (i32.shl (i32.load16_u (i32.shl (local.get $j) (i32.const 1))) (i32.const 6))))
          (local.set $m (f64.load (i32.add (local.get $massAt) (i32.shl (local.get $j) (i32.const 3)))))
          ;; TPS += m; AP += m * (TPS / (TPS + FPS))
          (local.set $t (f64.add (f64.load offset=0 (local.get $s)) (local.get $m)))
          (f64.store offset=0 (local.get $s) (local.get $t))
          (f64.store offset=16 (local.get $s)
            (f64.add (f64.load offset=16 (local.get $s))
              (f64.mul (local.get $m) (f64.div (local.get $t) (f64.add (local.get $t) (f64.load offset=8 (local.get $s)))))))
          ;; LOG_LOSS += m * lossIfPositive
          (f64.store offset=24 (local.get $s)
            (f64.add (f64.load offset=24 (local.get $s)) (f64.mul (local.get $m) (local.get $lossIfPositive))))
          ;; BRIER += m * (1 - score) * (1 - score)
          (f64.store offset=32 (local.get $s)
            (f64.add (f64.load offset=32 (local.get $s)) (f64.mul (f64.mul (local.get $m) (local.get $rest)) (local.get $rest))))
          ;; GAP += m - m * score
          (f64.store offset=48 (local.get $s)
            (f64.add (f64.load offset=48 (local.get $s)) (f64.sub (local.get $m) (f64.mul (local.get $m) (local.get $score)))))
          (br_if $positive (i32.lt_u (local.tee $j (i32.add (local.get $j) (i32.const 1))) (local.get $count)))))
      (else
        (loop $negative
          (local.set $s (i32.add (local.get $state)
            (i32.shl (i32.load16_u (i32.shl (local.get $j) (i32.const 1))) (i32.const 6))))
          (local.set $m (f64.load (i32.add (local.get $massAt) (i32.shl (local.get $j) (i32.const 3)))))
          ;; FPS += m; AREA += (FPS - previous FPS) * (TPS + TPS)
          (local.set $previous (f64.load offset=8 (local.get $s)))
          (local.set $f (f64.add (local.get $previous) (local.get $m)))
          (f64.store offset=8 (local.get $s) (local.get $f))
          (local.set $t (f64.load offset=0 (local.get $s)))
          (f64.store offset=40 (local.get $s)
            (f64.add (f64.load offset=40 (local.get $s))
              (f64.mul (f64.sub (local.get $f) (local.get $previous)) (f64.add (local.get $t) (local.get $t)))))
          ;; LOG_LOSS += m * lossIfNegative
          (f64.store offset=24 (local.get $s)
            (f64.add (f64.load offset=24 (local.get $s)) (f64.mul (local.get $m) (local.get $lossIfNegative))))
          ;; BRIER += m * score * score
          (f64.store offset=32 (local.get $s)
            (f64.add (f64.load offset=32 (local.get $s)) (f64.mul (f64.mul (local.get $m) (local.get $score)) (local.get $score))))
          ;; GAP += 0 - m * score
          (f64.store offset=48 (local.get $s)
            (f64.add (f64.load offset=48 (local.get $s)) (f64.sub (f64.const 0) (f64.mul (local.get $m) (local.get $score)))))
          (br_if $negative (i32.lt_u (local.tee $j (i32.add (local.get $j) (i32.const 1))) (local.get $count)))))))

  ;; R masses from $massesAt as a row's (the ones that are not 0 into index and mass), each set to 0; returns how many.
  ;; A run's masses of one label then take addOneRow: ScoreSweep.addOneLabel skips masses of 0 too.
  (func (export "takeNonZero") (param $massesAt i32) (param $replicates i32) (param $massAt i32) (result i32)
    (local $r i32) (local $count i32) (local $at i32) (local $m f64)
    (if (i32.eqz (local.get $replicates)) (then (return (i32.const 0))))
    (loop $masses
      (local.set $at (i32.add (local.get $massesAt) (i32.shl (local.get $r) (i32.const 3))))
      (local.set $m (f64.load (local.get $at)))
      (f64.store (local.get $at) (f64.const 0))
      (i32.store16 (i32.shl (local.get $count) (i32.const 1)) (local.get $r))
      (f64.store (i32.add (local.get $massAt) (i32.shl (local.get $count) (i32.const 3))) (local.get $m))
      (local.set $count (i32.add (local.get $count) (f64.ne (local.get $m) (f64.const 0))))
      (br_if $masses (i32.lt_u (local.tee $r (i32.add (local.get $r) (i32.const 1))) (local.get $replicates))))
    (local.get $count))

  ;; ScoreSweep.add of the state at $state by R negative masses from $negativesAt and R positive ones from
  ;; $positivesAt, which it sets to 0 as it reads them.
  (func (export "addRun")
    (param $state i32) (param $negativesAt i32) (param $positivesAt i32) (param $replicates i32)
    (param $score f64) (param $lossIfPositive f64) (param $lossIfNegative f64)
    (local $r i32) (local $s i32) (local $neg f64) (local $pos f64) (local $t f64) (local $f f64)
    (local $previousTps f64) (local $previousFps f64) (local $rest f64)
    (if (i32.eqz (local.get $replicates)) (then (return)))
    (local.set $rest (f64.sub (f64.const 1) (local.get $score)))
    (loop $replicate
      (local.set $s (i32.add (local.get $state) (i32.shl (local.get $r) (i32.const 6))))
      (local.set $neg (f64.load (i32.add (local.get $negativesAt) (i32.shl (local.get $r) (i32.const 3)))))
      (local.set $pos (f64.load (i32.add (local.get $positivesAt) (i32.shl (local.get $r) (i32.const 3)))))
      (f64.store (i32.add (local.get $negativesAt) (i32.shl (local.get $r) (i32.const 3))) (f64.const 0))
      (f64.store (i32.add (local.get $positivesAt) (i32.shl (local.get $r) (i32.const 3))) (f64.const 0))
      ;; TPS += pos; FPS += neg; AREA += (FPS - previous FPS) * (TPS + previous TPS)
      (local.set $previousTps (f64.load offset=0 (local.get $s)))
      (local.set $previousFps (f64.load offset=8 (local.get $s)))
      (local.set $t (f64.add (local.get $previousTps) (local.get $pos)))
      (local.set $f (f64.add (local.get $previousFps) (local.get $neg)))
      (f64.store offset=0 (local.get $s) (local.get $t))
      (f64.store offset=8 (local.get $s) (local.get $f))
      (f64.store offset=40 (local.get $s)
        (f64.add (f64.load offset=40 (local.get $s))
          (f64.mul (f64.sub (local.get $f) (local.get $previousFps)) (f64.add (local.get $t) (local.get $previousTps)))))
      ;; AP += pos * (TPS / (TPS + FPS)) when pos > 0
      (if (f64.gt (local.get $pos) (f64.const 0))
        (then (f64.store offset=16 (local.get $s)
          (f64.add (f64.load offset=16 (local.get $s))
            (f64.mul (local.get $pos) (f64.div (local.get $t) (f64.add (local.get $t) (local.get $f))))))))
      ;; LOG_LOSS += pos * lossIfPositive + neg * lossIfNegative
      (f64.store offset=24 (local.get $s)
        (f64.add (f64.load offset=24 (local.get $s))
          (f64.add (f64.mul (local.get $pos) (local.get $lossIfPositive)) (f64.mul (local.get $neg) (local.get $lossIfNegative)))))
      ;; BRIER += pos * (1 - score) * (1 - score) + neg * score * score
      (f64.store offset=32 (local.get $s)
        (f64.add (f64.load offset=32 (local.get $s))
          (f64.add (f64.mul (f64.mul (local.get $pos) (local.get $rest)) (local.get $rest))
            (f64.mul (f64.mul (local.get $neg) (local.get $score)) (local.get $score)))))
      ;; GAP += pos - (pos + neg) * score
      (f64.store offset=48 (local.get $s)
        (f64.add (f64.load offset=48 (local.get $s))
          (f64.sub (local.get $pos) (f64.mul (f64.add (local.get $pos) (local.get $neg)) (local.get $score)))))
      (br_if $replicate (i32.lt_u (local.tee $r (i32.add (local.get $r) (i32.const 1))) (local.get $replicates)))))
)
