/**
 * A minimal streaming ZIP writer (method 0, "stored": PDFs are already compressed), enough for an
 * accountants' export: UTF-8 names, CRC-32 from node:zlib, no ZIP64 (at most 65 535 entries and
 * 4 GiB in all; larger exports are refused). Format: PKWARE APPNOTE.TXT, sections 4.3.7 (local
 * file header), 4.3.12 (central directory header), 4.3.16 (end of central directory),
 * https://pkware.cachefly.net/webdocs/casestudies/APPNOTE.TXT
 */
import { crc32 } from 'node:zlib';

/** One file of the archive. */
export interface ZipEntry {
    /** Path inside the archive, `/`-separated. */
    name: string;
    /** The file's bytes. */
    data: Buffer;
    /** Modification date. */
    date: Date;
}

function dosDateTime(d: Date): { time: number; date: number } {
    const year = Math.max(1980, d.getUTCFullYear());
    return {
        time: (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | Math.floor(d.getUTCSeconds() / 2),
        date: ((year - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate(),
    };
}

/**
 * Writes entries one by one through `write` (e.g. an HTTP response), then the central directory.
 *
 * @throws Error beyond 65 535 entries or 4 GiB (no ZIP64)
 */
export class ZipWriter {
    private offset = 0;
    private central: Buffer[] = [];

    constructor(private readonly write: (chunk: Buffer) => void) {}

    /** Appends one stored file. */
    add(entry: ZipEntry): void {
        if (this.central.length >= 0xffff) throw new Error('Too many files for a ZIP without ZIP64');
        const name = Buffer.from(entry.name, 'utf8');
        const crc = crc32(entry.data);
        const { time, date } = dosDateTime(entry.date);
        if (this.offset + 30 + name.length + entry.data.length > 0xffffffff)
            throw new Error('Archive too large (4 GiB)');
        // The fields local and central headers share, from "version needed to extract" on.
        const common = (buf: Buffer, at: number) => {
            buf.writeUInt16LE(20, at); // version needed: 2.0
            buf.writeUInt16LE(0x0800, at + 2); // flag: UTF-8 names
            buf.writeUInt16LE(0, at + 4); // method: stored
            buf.writeUInt16LE(time, at + 6);
            buf.writeUInt16LE(date, at + 8);
            buf.writeUInt32LE(crc, at + 10);
            buf.writeUInt32LE(entry.data.length, at + 14); // compressed size
            buf.writeUInt32LE(entry.data.length, at + 18); // uncompressed size
            buf.writeUInt16LE(name.length, at + 22);
        };
        const local = Buffer.alloc(30);
        local.writeUInt32LE(0x04034b50, 0);
        common(local, 4);
        const header = Buffer.alloc(46);
        header.writeUInt32LE(0x02014b50, 0);
        header.writeUInt16LE(20, 4); // version made by
        common(header, 6);
        header.writeUInt32LE(this.offset, 42); // extra, comment, disk, attributes: 0
        this.central.push(header, name);
        this.write(Buffer.concat([local, name]));
        this.write(entry.data);
        this.offset += 30 + name.length + entry.data.length;
    }

    /** Writes the central directory and the end record; the archive is complete after this. */
    finish(): void {
        const directory = Buffer.concat(this.central);
        const end = Buffer.alloc(22);
        end.writeUInt32LE(0x06054b50, 0);
        end.writeUInt16LE(this.central.length / 2, 8);
        end.writeUInt16LE(this.central.length / 2, 10);
        end.writeUInt32LE(directory.length, 12);
        end.writeUInt32LE(this.offset, 16);
        this.write(Buffer.concat([directory, end]));
    }
}
