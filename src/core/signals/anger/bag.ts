/** Sums the int8 embeddings of a message's buckets (the hot loop of inference). */

/** Any width: bag[d] = Σ embed[index·dim + d]. */
export function sumBag(embed: Int8Array, dim: number, indices: Int32Array, count: number, bag: Float64Array): void {
  bag.fill(0);
  for (let k = 0; k < count; k++) {
    const at = indices[k]! * dim;
    for (let d = 0; d < dim; d++) bag[d]! += embed[at + d]!;
  }
}

/** Width 16, unrolled into locals so the JIT keeps the sums in registers (about 3× the generic loop). */
export function sumBag16(embed: Int8Array, indices: Int32Array, count: number, bag: Float64Array): void {
  let s0 = 0,
    s1 = 0,
    s2 = 0,
    s3 = 0,
    s4 = 0,
    s5 = 0,
    s6 = 0,
    s7 = 0;
  let s8 = 0,
    s9 = 0,
    s10 = 0,
    s11 = 0,
    s12 = 0,
    s13 = 0,
    s14 = 0,
    s15 = 0;
  for (let k = 0; k < count; k++) {
    const at = indices[k]! << 4;
    s0 += embed[at]!;
    s1 += embed[at + 1]!;
    s2 += embed[at + 2]!;
    s3 += embed[at + 3]!;
    s4 += embed[at + 4]!;
    s5 += embed[at + 5]!;
    s6 += embed[at + 6]!;
    s7 += embed[at + 7]!;
    s8 += embed[at + 8]!;
    s9 += embed[at + 9]!;
    s10 += embed[at + 10]!;
    s11 += embed[at + 11]!;
    s12 += embed[at + 12]!;
    s13 += embed[at + 13]!;
    s14 += embed[at + 14]!;
    s15 += embed[at + 15]!;
  }
  bag[0] = s0;
  bag[1] = s1;
  bag[2] = s2;
  bag[3] = s3;
  bag[4] = s4;
  bag[5] = s5;
  bag[6] = s6;
  bag[7] = s7;
  bag[8] = s8;
  bag[9] = s9;
  bag[10] = s10;
  bag[11] = s11;
  bag[12] = s12;
  bag[13] = s13;
  bag[14] = s14;
  bag[15] = s15;
}
