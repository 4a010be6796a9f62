/** Byte-level helpers shared by the JSONL and CSV readers. */

const UTF8_BOM = [0xef, 0xbb, 0xbf];

const strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const lenientUtf8 = new TextDecoder("utf-8", { fatal: false, ignoreBOM: true });

export type Decoded = { ok: true; text: string } | { ok: false; reason: string };

/** Decodes UTF-8, refusing invalid bytes with where they are instead of replacing them silently. */
export function decodeUtf8(bytes: Uint8Array): Decoded {
  try {
    return { ok: true, text: strictUtf8.decode(bytes) };
  } catch {
    return { ok: false, reason: `invalid UTF-8 at byte ${firstInvalidUtf8Byte(bytes) + 1}` };
  }
}

/** A readable excerpt of bytes that may not be valid UTF-8, for showing a rejected record. */
export function excerpt(bytes: Uint8Array, maxBytes = 2_000): string {
  return lenientUtf8.decode(bytes.subarray(0, maxBytes));
}

export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return i;
}

export function startsWithBom(bytes: Uint8Array): boolean {
  return bytes.length >= 3 && UTF8_BOM.every((b, i) => bytes[i] === b);
}

/** A growable byte buffer, so a record split across stream chunks is joined without quadratic copying. */
export class ByteBuffer {
  private bytes = new Uint8Array(256);
  length = 0;

  push(byte: number): void {
    if (this.length === this.bytes.length) this.grow(this.length + 1);
    this.bytes[this.length++] = byte;
  }

  append(chunk: Uint8Array): void {
    if (this.length + chunk.length > this.bytes.length) this.grow(this.length + chunk.length);
    this.bytes.set(chunk, this.length);
    this.length += chunk.length;
  }

  view(): Uint8Array {
    return this.bytes.subarray(0, this.length);
  }

  clear(): void {
    this.length = 0;
  }

  private grow(min: number): void {
    let size = this.bytes.length * 2;
    while (size < min) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.bytes.subarray(0, this.length));
    this.bytes = next;
  }
}
