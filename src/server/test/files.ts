import { strToU8, Zip, ZipDeflate, zipSync } from 'fflate';
import { PDFDocument, StandardFonts } from 'pdf-lib';

/** A real PDF with the given lines of text, made with pdf-lib. */
export async function makePdf(lines: string[]): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([595, 842]);
  lines.forEach((line, i) => page.drawText(line, { x: 50, y: 790 - i * 16, size: 11, font }));
  return Buffer.from(await doc.save());
}

const xmlEscape = (s: string) => s.replace(/[<>&]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;' })[c] ?? c);

/** A minimal, valid Word document (Office Open XML) with one paragraph per line. */
export function makeDocx(paragraphs: string[]): Buffer {
  const body = paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${xmlEscape(p)}</w:t></w:r></w:p>`).join('');
  return Buffer.from(zipSync(docxParts(body)));
}

const documentHead =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>';
const documentTail = '</w:body></w:document>';

/** A 150 KB Word document of 1.5 million empty paragraphs: it exhausts a parser's memory. */
export function makeParagraphBomb(paragraphs = 1_500_000): Buffer {
  return Buffer.from(zipSync(docxParts('<w:p/>'.repeat(paragraphs)), { level: 9 }));
}

/** A 100 KB Word document whose one text run unpacks to `megabytes` MB: a decompression bomb. */
export function makeRunBomb(megabytes = 100): Buffer {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((err, chunk) => {
    if (err) throw err;
    chunks.push(chunk);
  });
  for (const [name, content] of Object.entries(docxParts(''))) {
    if (name === 'word/document.xml') continue;
    const part = new ZipDeflate(name, { level: 9 });
    zip.add(part);
    part.push(content, true);
  }
  const doc = new ZipDeflate('word/document.xml', { level: 9 });
  zip.add(doc);
  doc.push(strToU8(`${documentHead}<w:p><w:r><w:t>`));
  const megabyte = strToU8('a'.repeat(1024 * 1024));
  for (let i = 0; i < megabytes; i++) doc.push(megabyte);
  doc.push(strToU8(`</w:t></w:r></w:p>${documentTail}`), true);
  zip.end();
  return Buffer.concat(chunks);
}

/** A Word document with `entries` extra (empty) zip entries beside its real parts. */
export function makeManyEntriesDocx(entries = 10_000): Buffer {
  const files: Record<string, Uint8Array> = docxParts('<w:p><w:r><w:t>Curriculum vitae</w:t></w:r></w:p>');
  for (let i = 0; i < entries; i++) files[`word/media/part${i}.xml`] = new Uint8Array(0);
  return Buffer.from(zipSync(files));
}

function docxParts(body: string): Record<string, Uint8Array> {
  return {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/document.xml': strToU8(`${documentHead}${body}${documentTail}`),
  };
}

/** A multipart/form-data body with one file field, as a browser sends it. */
export function multipartBody(fieldName: string, fileName: string, contentType: string, content: Buffer) {
  const boundary = `----talenthub${Date.now().toString(16)}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="${fieldName}"; filename="${fileName}"\r\nContent-Type: ${contentType}\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return { payload: Buffer.concat([head, content, tail]), contentType: `multipart/form-data; boundary=${boundary}` };
}
