/** Byte order of this host, for code that reads typed arrays through 32-bit views (internal). */

/**
 * True on little-endian hosts (every platform Node ships for), where word 2i of a
 * Float64Array's or BigInt64Array's buffer is the low half of element i and word 2i + 1
 * the high half. @internal
 */
export const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
