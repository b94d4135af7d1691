import { once } from 'node:events';
import zlib from 'node:zlib';

/**
 * A streaming ZIP writer, just enough for the .xlsx files the exports send: entries are deflated
 * piece by piece and written as they come (sizes and CRC in a data descriptor after each entry,
 * so nothing is buffered whole), then the central directory. No ZIP64: an entry or the archive
 * must stay under 4 GiB (the exports are capped far below).
 *
 * Each entry goes through one deflate stream, which compresses on libuv's thread pool: the
 * compression runs beside the caller building the next piece instead of on the event loop.
 */
export type ZipEntry = {
  name: string;
  pieces: AsyncIterable<Buffer | string> | Iterable<Buffer | string>;
};

const LIMIT = 0xffff_ffff;

/** MS-DOS time and date of `d` (local fields, as unzip tools show them). */
function dosDateTime(d: Date): { time: number; date: number } {
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date: ((d.getFullYear() - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

export async function* zipStream(
  entries: Iterable<ZipEntry>,
  now = new Date(),
): AsyncGenerator<Buffer> {
  const { time, date } = dosDateTime(now);
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
    local.writeUInt16LE(0x0808, 6); // bit 3: sizes in the data descriptor; bit 11: UTF-8 name
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt16LE(name.length, 26);
    yield Buffer.concat([local, name]);
    const start = offset;
    offset += local.length + name.length;

    let crc = 0;
    let size = 0;
    let compressed = 0;
    // one deflate stream per entry, fed beside this generator's reading of its output
    const deflate = zlib.createDeflateRaw({ level: 6 });
    const feeding = (async () => {
      for await (const piece of entry.pieces) {
        const data = typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece;
        crc = zlib.crc32(data, crc);
        size += data.length;
        if (!deflate.write(data)) await once(deflate, 'drain');
      }
      deflate.end();
    })().catch((err: unknown) => deflate.destroy(err as Error));
    for await (const out of deflate as AsyncIterable<Buffer>) {
      compressed += out.length;
      yield out;
    }
    await feeding;
    if (size > LIMIT || compressed > LIMIT) throw new Error(`zip: ${entry.name} is over 4 GiB`);

    const descriptor = Buffer.alloc(16);
    descriptor.writeUInt32LE(0x08074b50, 0);
    descriptor.writeUInt32LE(crc >>> 0, 4);
    descriptor.writeUInt32LE(compressed, 8);
    descriptor.writeUInt32LE(size, 12);
    yield descriptor;
    offset += compressed + descriptor.length;

    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(20, 4); // made by: 2.0
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(0x0808, 8);
    header.writeUInt16LE(8, 10);
    header.writeUInt16LE(time, 12);
    header.writeUInt16LE(date, 14);
    header.writeUInt32LE(crc >>> 0, 16);
    header.writeUInt32LE(compressed, 20);
    header.writeUInt32LE(size, 24);
    header.writeUInt16LE(name.length, 28);
    header.writeUInt32LE(start, 42);
    central.push(header, name);
  }
  const directory = Buffer.concat(central);
  if (offset > LIMIT) throw new Error('zip: the archive is over 4 GiB');
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(central.length / 2, 8);
  end.writeUInt16LE(central.length / 2, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  yield directory;
  yield end;
}
