;; The CSV reader's usual lines (see line-reader.ts): a line of exactly the header's fields, each ended by the
;; delimiter and the last by a bare LF, kept numbers plain decimals, read into a block's columns. Any other line stops
;; the reading, and csv.ts's general loop reads it. Numbers are read as csv.ts's decimalBytes reads them, to the bit:
;; the same f64 operations in the same order (WebAssembly's arithmetic is IEEE 754's, as JavaScript's, and never
;; fused); a long decimal this reading cannot vouch for is left to JavaScript (a miss). Text fields are looked up by
;; their FNV-1a hash and bytes in a per-column cache of the codes JavaScript's Interner gave; a value not there yet is a
;; miss, which JavaScript interns and may add to the cache (remember).
;;
;; Memory, laid out by line-reader.ts; every address is absolute:
;;   $kinds    u8 per physical column: 0 skipped, 1 text, 2 number (csv.ts's KEEP_*)
;;   $kept     i32 per physical column: its kept column k
;;   $columns  per kept column k, 3 x i32: its numbers' address (f64 per row, 0 for text), its codes' (i32 per row),
;;             its cache's (0 for numbers)
;;   $powers   f64 x 23: 10^0 .. 10^22
;;   $misses   5 x i32 per miss: row, kept column, start, end (data offsets), hash; a text miss has hash's low bit
;;             pattern as computed, a number miss is flagged by end's top bit
;;   $lines, $starts, $ends   i32 per row (starts and ends only when $starts is not 0)
;;   $data     the block's bytes
;; A cache, from its address: slots (i32 x SLOTS, entry + 1, 0 empty), entries (4 x i32: hash, code, offset, length),
;; the entries' bytes (ARENA), then the entry count and the bytes used (i32 each).
(module
  (import "reader" "memory" (memory 1))

  (global $width (mut i32) (i32.const 0))
  (global $delimiter (mut i32) (i32.const 0))
  (global $kinds (mut i32) (i32.const 0))
  (global $kept (mut i32) (i32.const 0))
  (global $columns (mut i32) (i32.const 0))
  (global $powers (mut i32) (i32.const 0))
  (global $misses (mut i32) (i32.const 0))
  (global $missRoom (mut i32) (i32.const 0))
  (global $keptColumns (mut i32) (i32.const 0))
  (global $lines (mut i32) (i32.const 0))
  (global $starts (mut i32) (i32.const 0))
  (global $ends (mut i32) (i32.const 0))
  (global $data (mut i32) (i32.const 0))
  ;; Where read stopped, how many misses it left, whether it stopped because its miss list was full.
  (global $stop (mut i32) (i32.const 0))
  (global $missCount (mut i32) (i32.const 0))
  (global $full (mut i32) (i32.const 0))

  ;; A cache's geometry (line-reader.ts's CACHE_* agree): 4096 slots (16 KiB), 2048 entries of 16 bytes from 16384,
  ;; 65536 bytes of text from 49152, then the entry count and the bytes used from 114688.

  (func (export "configure")
    (param $width i32) (param $delimiter i32) (param $kinds i32) (param $kept i32) (param $columns i32) (param $powers i32)
    (param $misses i32) (param $missRoom i32) (param $keptColumns i32)
    (global.set $width (local.get $width))
    (global.set $delimiter (local.get $delimiter))
    (global.set $kinds (local.get $kinds))
    (global.set $kept (local.get $kept))
    (global.set $columns (local.get $columns))
    (global.set $powers (local.get $powers))
    (global.set $misses (local.get $misses))
    (global.set $missRoom (local.get $missRoom))
    (global.set $keptColumns (local.get $keptColumns)))

  ;; A block's places: its bytes, and its row columns (starts 0: no line starts and ends).
  (func (export "block") (param $data i32) (param $lines i32) (param $starts i32) (param $ends i32)
    (global.set $data (local.get $data))
    (global.set $lines (local.get $lines))
    (global.set $starts (local.get $starts))
    (global.set $ends (local.get $ends)))

  (func (export "stop") (result i32) (global.get $stop))
  (func (export "missCount") (result i32) (global.get $missCount))
  (func (export "full") (result i32) (global.get $full))

  ;; long-decimal.ts's halfSpacing.
  (func $halfSpacing (param $x f64) (param $below i32) (result f64)
    (local $bits i64) (local $half f64)
    (local.set $bits (i64.reinterpret_f64 (local.get $x)))
    (local.set $half (f64.mul
      (f64.reinterpret_i64 (i64.and (local.get $bits) (i64.const 0x7ff0000000000000)))
      (f64.const 0x1p-53)))
    (if (result f64)
      (i32.and (local.get $below) (i64.eqz (i64.and (local.get $bits) (i64.const 0x000fffffffffffff))))
      (then (f64.div (local.get $half) (f64.const 2)))
      (else (local.get $half))))

  ;; long-decimal.ts's longDecimalOfParts, the same operations in the same order; NaN where it declines.
  (func $longDecimalOfParts (param $high f64) (param $lowDigits i32) (param $low f64) (param $significant i32) (param $scale i32) (result f64)
    (local $lowScale f64) (local $scaled f64) (local $scaledError f64) (local $mHigh f64) (local $mLow f64)
    (local $divisor f64) (local $q1 f64) (local $product f64) (local $remainder f64) (local $q2 f64) (local $value f64)
    (local $q1Part f64) (local $residual f64) (local $half f64)
    (local $ca f64) (local $aHigh f64) (local $aLow f64) (local $cb f64) (local $bHigh f64) (local $bLow f64)
    (if (i32.or (i32.or (i32.gt_s (local.get $significant) (i32.const 19)) (i32.ge_s (local.get $scale) (i32.const 23)))
          (i32.gt_s (local.get $lowDigits) (i32.const 8)))
      (then (return (f64.const nan))))
    (local.set $lowScale (f64.load (i32.add (global.get $powers) (i32.shl (local.get $lowDigits) (i32.const 3)))))
    (local.set $scaled (f64.mul (local.get $high) (local.get $lowScale)))
    (local.set $scaledError (block (result f64)
        ;; long-decimal.ts's productError((local.get $high), (local.get $lowScale), (local.get $scaled)): the low part of the product exactly (Dekker), written out.
        (local.set $ca (f64.mul (f64.const 134217729) (local.get $high)))
        (local.set $aHigh (f64.sub (local.get $ca) (f64.sub (local.get $ca) (local.get $high))))
        (local.set $aLow (f64.sub (local.get $high) (local.get $aHigh)))
        (local.set $cb (f64.mul (f64.const 134217729) (local.get $lowScale)))
        (local.set $bHigh (f64.sub (local.get $cb) (f64.sub (local.get $cb) (local.get $lowScale))))
        (local.set $bLow (f64.sub (local.get $lowScale) (local.get $bHigh)))
        (f64.add
          (f64.add
            (f64.add
              (f64.sub (f64.mul (local.get $aHigh) (local.get $bHigh)) (local.get $scaled))
              (f64.mul (local.get $aHigh) (local.get $bLow)))
            (f64.mul (local.get $aLow) (local.get $bHigh)))
          (f64.mul (local.get $aLow) (local.get $bLow)))))
    (local.set $mHigh (f64.add (local.get $scaled) (local.get $low)))
    (local.set $mLow (f64.add
      (f64.sub (local.get $low) (f64.sub (local.get $mHigh) (local.get $scaled)))
      (local.get $scaledError)))
    (local.set $divisor (f64.load (i32.add (global.get $powers) (i32.shl (local.get $scale) (i32.const 3)))))
    (local.set $q1 (f64.div (local.get $mHigh) (local.get $divisor)))
    (local.set $product (f64.mul (local.get $q1) (local.get $divisor)))
    (local.set $remainder (f64.add
      (f64.sub
        (f64.sub (local.get $mHigh) (local.get $product))
        (block (result f64)
        ;; long-decimal.ts's productError((local.get $q1), (local.get $divisor), (local.get $product)): the low part of the product exactly (Dekker), written out.
        (local.set $ca (f64.mul (f64.const 134217729) (local.get $q1)))
        (local.set $aHigh (f64.sub (local.get $ca) (f64.sub (local.get $ca) (local.get $q1))))
        (local.set $aLow (f64.sub (local.get $q1) (local.get $aHigh)))
        (local.set $cb (f64.mul (f64.const 134217729) (local.get $divisor)))
        (local.set $bHigh (f64.sub (local.get $cb) (f64.sub (local.get $cb) (local.get $divisor))))
        (local.set $bLow (f64.sub (local.get $divisor) (local.get $bHigh)))
        (f64.add
          (f64.add
            (f64.add
              (f64.sub (f64.mul (local.get $aHigh) (local.get $bHigh)) (local.get $product))
              (f64.mul (local.get $aHigh) (local.get $bLow)))
            (f64.mul (local.get $aLow) (local.get $bHigh)))
          (f64.mul (local.get $aLow) (local.get $bLow)))))
      (local.get $mLow)))
    (local.set $q2 (f64.div (local.get $remainder) (local.get $divisor)))
    (local.set $value (f64.add (local.get $q1) (local.get $q2)))
    (if (i32.eqz (i32.and (f64.ge (local.get $value) (f64.const 0x1p-900)) (f64.lt (local.get $value) (f64.const 0x1p900))))
      (then (return (f64.const nan))))
    (local.set $q1Part (f64.sub (local.get $value) (local.get $q2)))
    (local.set $residual (f64.add
      (f64.sub (local.get $q1) (local.get $q1Part))
      (f64.sub (local.get $q2) (f64.sub (local.get $value) (local.get $q1Part)))))
    (local.set $half (call $halfSpacing (local.get $value) (f64.lt (local.get $residual) (f64.const 0))))
    (if (result f64)
      (f64.gt
        (f64.abs (f64.sub (f64.abs (local.get $residual)) (local.get $half)))
        (f64.mul (local.get $half) (f64.const 0x1p-40)))
      (then (local.get $value))
      (else (f64.const nan))))

  ;; Adds data[$start, $end) (block offsets) of hash $hash as code $code to kept column $k's cache; 0 when it is full.
  (func (export "remember") (param $k i32) (param $start i32) (param $end i32) (param $hash i32) (param $code i32) (result i32)
    (local $cache i32) (local $count i32) (local $used i32) (local $length i32) (local $entry i32) (local $slot i32) (local $at i32)
    (local.set $cache (i32.load offset=8 (i32.add (global.get $columns) (i32.mul (local.get $k) (i32.const 12)))))
    (local.set $at (i32.add (local.get $cache) (i32.const 114688)))
    (local.set $count (i32.load (local.get $at)))
    (local.set $used (i32.load offset=4 (local.get $at)))
    (local.set $length (i32.sub (local.get $end) (local.get $start)))
    (if (i32.or
          (i32.ge_u (local.get $count) (i32.const 2048))
          (i32.gt_u (i32.add (local.get $used) (local.get $length)) (i32.const 65536)))
      (then (return (i32.const 0))))
    (memory.copy
      (i32.add (i32.add (local.get $cache) (i32.const 49152)) (local.get $used))
      (i32.add (global.get $data) (local.get $start))
      (local.get $length))
    (local.set $entry (i32.add
      (i32.add (local.get $cache) (i32.const 16384))
      (i32.shl (local.get $count) (i32.const 4))))
    (i32.store (local.get $entry) (local.get $hash))
    (i32.store offset=4 (local.get $entry) (local.get $code))
    (i32.store offset=8 (local.get $entry) (local.get $used))
    (i32.store offset=12 (local.get $entry) (local.get $length))
    (local.set $slot (i32.and (local.get $hash) (i32.const 4095)))
    (block $free
      (loop $probe
        (br_if $free (i32.eqz (i32.load (i32.add (local.get $cache) (i32.shl (local.get $slot) (i32.const 2))))))
        (local.set $slot (i32.and (i32.add (local.get $slot) (i32.const 1)) (i32.const 4095)))
        (br $probe)))
    (i32.store (i32.add (local.get $cache) (i32.shl (local.get $slot) (i32.const 2))) (i32.add (local.get $count) (i32.const 1)))
    (i32.store (local.get $at) (i32.add (local.get $count) (i32.const 1)))
    (i32.store offset=4 (local.get $at) (i32.add (local.get $used) (local.get $length)))
    (i32.const 1))

  (func $miss (param $row i32) (param $k i32) (param $start i32) (param $end i32) (param $hash i32)
    (local $at i32)
    (local.set $at (i32.add (global.get $misses) (i32.mul (global.get $missCount) (i32.const 20))))
    (i32.store (local.get $at) (local.get $row))
    (i32.store offset=4 (local.get $at) (local.get $k))
    (i32.store offset=8 (local.get $at) (i32.sub (local.get $start) (global.get $data)))
    (i32.store offset=12 (local.get $at) (local.get $end))
    (i32.store offset=16 (local.get $at) (local.get $hash))
    (global.set $missCount (i32.add (global.get $missCount) (i32.const 1))))

  ;; Reads usual lines from data offset $pos (lines before $end) into rows $n, $n + 1, ... up to $limit, numbering them
  ;; from $line + 1. Returns how many; stop() is where the next line starts (the unusual line, or $end), full() says
  ;; whether the miss list had no room for another line, missCount() how many misses the rows left (misses are
  ;; counted from 0 at each call).
  (func (export "read") (param $pos i32) (param $end i32) (param $n i32) (param $limit i32) (param $line i32) (result i32)
    (local $first i32) (local $i i32) (local $b i32) (local $column i32) (local $start i32) (local $kind i32) (local $k i32)
    (local $lineStart i32) (local $lineMisses i32) (local $last i32) (local $terminator i32) (local $digit i32)
    (local $mantissa f64) (local $digits i32) (local $significant i32) (local $fraction i32) (local $low f64) (local $lowDigits i32)
    (local $scale i32) (local $value f64) (local $hash i32) (local $code i32) (local $column3 i32) (local $lf i32)
    (local $cache i32) (local $length i32) (local $slot i32) (local $found i32) (local $entry i32) (local $from i32) (local $j i32)
    (local.set $first (local.get $n))
    (global.set $missCount (i32.const 0))
    (global.set $full (i32.const 0))
    (local.set $pos (i32.add (local.get $pos) (global.get $data)))
    (local.set $end (i32.add (local.get $end) (global.get $data)))
    (local.set $lf (i32.const 10))
    (block $done
      (loop $nextLine
        (br_if $done (i32.ge_u (local.get $pos) (local.get $end)))
        (br_if $done (i32.ge_u (local.get $n) (local.get $limit)))
        (if (i32.gt_u (i32.add (global.get $missCount) (global.get $keptColumns)) (global.get $missRoom))
          (then (global.set $full (i32.const 1)) (br $done)))
        (local.set $lineStart (local.get $pos))
        (local.set $lineMisses (global.get $missCount))
        (local.set $i (local.get $pos))
        (local.set $column (i32.const 0))
        (block $unusual
          (loop $nextColumn
            (local.set $start (local.get $i))
            (local.set $kind (i32.load8_u (i32.add (global.get $kinds) (local.get $column))))
            (local.set $last (i32.eq (local.get $column) (i32.sub (global.get $width) (i32.const 1))))
            (local.set $terminator (select (local.get $lf) (global.get $delimiter) (local.get $last)))
            (if (i32.eqz (local.get $kind))
              (then
                (block $ended
                  (loop $scan
                    (br_if $ended (i32.ge_u (local.get $i) (local.get $end)))
                    (local.set $b (i32.load8_u (local.get $i)))
                    (br_if $ended (i32.eq (local.get $b) (global.get $delimiter)))
                    (br_if $ended (i32.eq (local.get $b) (local.get $lf)))
                    (local.set $i (i32.add (local.get $i) (i32.const 1)))
                    (br $scan))))
              (else
                (local.set $k (i32.load (i32.add (global.get $kept) (i32.shl (local.get $column) (i32.const 2)))))
                (local.set $column3 (i32.add (global.get $columns) (i32.mul (local.get $k) (i32.const 12))))
                (if (i32.eq (local.get $kind) (i32.const 2))
                  (then
                    ;; csv.ts's decimal reading: the first 15 significant digits in $mantissa, any more in $low.
                    (local.set $mantissa (f64.const 0))
                    (local.set $digits (i32.const 0))
                    (local.set $significant (i32.const 0))
                    (local.set $fraction (i32.const -1))
                    (local.set $low (f64.const 0))
                    (local.set $lowDigits (i32.const 0))
                    (block $ended
                      (loop $scan
                        (br_if $ended (i32.ge_u (local.get $i) (local.get $end)))
                        (local.set $b (i32.load8_u (local.get $i)))
                        (br_if $ended (i32.eq (local.get $b) (global.get $delimiter)))
                        (br_if $ended (i32.eq (local.get $b) (local.get $lf)))
                        (local.set $digit (i32.sub (local.get $b) (i32.const 48)))
                        (if (i32.le_u (local.get $digit) (i32.const 9))
                          (then
                            (local.set $digits (i32.add (local.get $digits) (i32.const 1)))
                            (if (i32.lt_s (local.get $significant) (i32.const 15))
                              (then
                                (local.set $mantissa (f64.add
                                  (f64.mul (local.get $mantissa) (f64.const 10))
                                  (f64.convert_i32_u (local.get $digit))))
                                (if (f64.ne (local.get $mantissa) (f64.const 0))
                                  (then (local.set $significant (i32.add (local.get $significant) (i32.const 1))))))
                              (else
                                (local.set $low (f64.add
                                  (f64.mul (local.get $low) (f64.const 10))
                                  (f64.convert_i32_u (local.get $digit))))
                                (local.set $lowDigits (i32.add (local.get $lowDigits) (i32.const 1)))
                                (local.set $significant (i32.add (local.get $significant) (i32.const 1))))))
                          (else
                            (br_if $unusual (i32.ne (local.get $b) (i32.const 46)))
                            (br_if $unusual (i32.ne (local.get $fraction) (i32.const -1)))
                            (local.set $fraction (local.get $digits))))
                        (local.set $i (i32.add (local.get $i) (i32.const 1)))
                        (br $scan)))
                    (br_if $unusual (i32.eqz (local.get $digits)))
                    (local.set $scale (select
                      (i32.const 0)
                      (i32.sub (local.get $digits) (local.get $fraction))
                      (i32.eq (local.get $fraction) (i32.const -1))))
                    (if (i32.or (i32.gt_s (local.get $significant) (i32.const 15)) (i32.ge_s (local.get $scale) (i32.const 23)))
                      (then
                        (local.set $value (call $longDecimalOfParts
                          (local.get $mantissa) (local.get $lowDigits) (local.get $low) (local.get $significant) (local.get $scale)))
                        (if (f64.ne (local.get $value) (local.get $value))
                          (then
                            (call $miss (local.get $n) (local.get $k) (local.get $start)
                              (i32.or (i32.sub (local.get $i) (global.get $data)) (i32.const 0x80000000)) (i32.const 0)))))
                      (else (local.set $value (f64.div (local.get $mantissa) (f64.load (i32.add (global.get $powers) (i32.shl (local.get $scale) (i32.const 3))))))))
                    (f64.store
                      (i32.add (i32.load (local.get $column3)) (i32.shl (local.get $n) (i32.const 3)))
                      (local.get $value))
                    (i32.store
                      (i32.add (i32.load offset=4 (local.get $column3)) (i32.shl (local.get $n) (i32.const 2)))
                      (i32.const -1)))
                  (else
                    ;; Text: FNV-1a as it is scanned (csv.ts's fnv), then the cache.
                    (local.set $hash (i32.const 0x811c9dc5))
                    (block $ended
                      (loop $scan
                        (br_if $ended (i32.ge_u (local.get $i) (local.get $end)))
                        (local.set $b (i32.load8_u (local.get $i)))
                        (br_if $ended (i32.eq (local.get $b) (global.get $delimiter)))
                        (br_if $ended (i32.eq (local.get $b) (local.get $lf)))
                        (local.set $hash (i32.mul (i32.xor (local.get $hash) (local.get $b)) (i32.const 0x01000193)))
                        (local.set $i (i32.add (local.get $i) (i32.const 1)))
                        (br $scan)))
                    ;; The cached code, or -1 (written out here: a call a field cost more than the lookup).
                    (local.set $cache (i32.load offset=8 (local.get $column3)))
                    (local.set $length (i32.sub (local.get $i) (local.get $start)))
                    (local.set $slot (i32.and (local.get $hash) (i32.const 4095)))
                    (local.set $code (i32.const -1))
                    (block $looked
                      (loop $probe
                        (local.set $found (i32.load (i32.add (local.get $cache) (i32.shl (local.get $slot) (i32.const 2)))))
                        (br_if $looked (i32.eqz (local.get $found)))
                        (local.set $entry (i32.add (i32.add (local.get $cache) (i32.const 16384)) (i32.shl (i32.sub (local.get $found) (i32.const 1)) (i32.const 4))))
                        (block $differs
                          (br_if $differs (i32.ne (i32.load (local.get $entry)) (local.get $hash)))
                          (br_if $differs (i32.ne (i32.load offset=12 (local.get $entry)) (local.get $length)))
                          (local.set $from (i32.add (i32.add (local.get $cache) (i32.const 49152)) (i32.load offset=8 (local.get $entry))))
                          (local.set $j (i32.const 0))
                          (block $same
                            (loop $compare
                              (br_if $same (i32.ge_u (local.get $j) (local.get $length)))
                              (br_if $differs (i32.ne
                                (i32.load8_u (i32.add (local.get $from) (local.get $j)))
                                (i32.load8_u (i32.add (local.get $start) (local.get $j)))))
                              (local.set $j (i32.add (local.get $j) (i32.const 1)))
                              (br $compare)))
                          (local.set $code (i32.load offset=4 (local.get $entry)))
                          (br $looked))
                        (local.set $slot (i32.and (i32.add (local.get $slot) (i32.const 1)) (i32.const 4095)))
                        (br $probe)))
                    (if (i32.lt_s (local.get $code) (i32.const 0))
                      (then
                        (call $miss (local.get $n) (local.get $k) (local.get $start) (i32.sub (local.get $i) (global.get $data)) (local.get $hash))))
                    (i32.store
                      (i32.add (i32.load offset=4 (local.get $column3)) (i32.shl (local.get $n) (i32.const 2)))
                      (local.get $code))))))
            ;; The field must end where the header says: the delimiter, or a bare LF for the last (a CR before it is left
            ;; to the general loop).
            (br_if $unusual (i32.ge_u (local.get $i) (local.get $end)))
            (br_if $unusual (i32.ne (i32.load8_u (local.get $i)) (local.get $terminator)))
            (if (local.get $last)
              (then
                (br_if $unusual (i32.and
                  (i32.gt_u (local.get $i) (local.get $start))
                  (i32.eq (i32.load8_u (i32.sub (local.get $i) (i32.const 1))) (i32.const 13))))
                (local.set $line (i32.add (local.get $line) (i32.const 1)))
                (i32.store (i32.add (global.get $lines) (i32.shl (local.get $n) (i32.const 2))) (local.get $line))
                (if (global.get $starts)
                  (then
                    (i32.store (i32.add (global.get $starts) (i32.shl (local.get $n) (i32.const 2)))
                      (i32.sub (local.get $lineStart) (global.get $data)))
                    (i32.store (i32.add (global.get $ends) (i32.shl (local.get $n) (i32.const 2)))
                      (i32.sub (local.get $i) (global.get $data)))))
                (local.set $n (i32.add (local.get $n) (i32.const 1)))
                (local.set $pos (i32.add (local.get $i) (i32.const 1)))
                (br $nextLine)))
            (local.set $i (i32.add (local.get $i) (i32.const 1)))
            (local.set $column (i32.add (local.get $column) (i32.const 1)))
            (br $nextColumn)))
        ;; An unusual line: its misses are dropped, and the general loop reads it from its start.
        (global.set $missCount (local.get $lineMisses))
        (local.set $pos (local.get $lineStart))))
    (global.set $stop (i32.sub (local.get $pos) (global.get $data)))
    (i32.sub (local.get $n) (local.get $first))))
