import { Writable } from 'node:stream';

/** A writable stream that keeps what is written, standing in for a terminal or a pipe. */
export class CaptureStream extends Writable {
  readonly chunks: string[] = [];
  isTTY: boolean;

  constructor(options: { isTTY?: boolean } = {}) {
    super({ decodeStrings: false });
    this.isTTY = options.isTTY ?? false;
  }

  override _write(chunk: unknown, _encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    this.chunks.push(String(chunk));
    done();
  }

  get text(): string {
    return this.chunks.join('');
  }
}
