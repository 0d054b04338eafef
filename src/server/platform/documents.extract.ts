import { createRequire } from 'node:module';
import path from 'node:path';
import { Unzip, UnzipInflate, unzipSync } from 'fflate';
import { fileTypeFromBuffer } from 'file-type';
import mammoth from 'mammoth';
import { loneSurrogate } from '../../shared/limits.js';

/**
 * Text extraction from uploaded documents (PDF and DOCX). This code runs only inside the
 * document sandbox's worker threads (documents.ts): a hostile file can exhaust a worker,
 * never the server. The checks below refuse the known bombs before a parser sees them, so
 * most hostile files are answered in milliseconds and the worker survives.
 */

export const documentMediaTypes = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;

export type DocumentKind = keyof typeof documentMediaTypes;

export type DocumentLimits = {
  /** Entries in a DOCX's zip; a Word document has a few dozen. */
  maxZipEntries: number;
  /** Bytes of XML a DOCX may unpack to, counted while inflating (declared sizes can lie). */
  maxXmlBytes: number;
  /** XML elements in a DOCX, all parts together; a 40-page CV has tens of thousands. */
  maxXmlElements: number;
  /** Pages read from a PDF; a CV longer than this has said what matters. */
  maxPdfPages: number;
  /** Characters of text kept. */
  maxTextChars: number;
};

export const defaultDocumentLimits: DocumentLimits = {
  maxZipEntries: 1_000,
  maxXmlBytes: 16 * 1024 * 1024,
  maxXmlElements: 400_000,
  maxPdfPages: 40,
  maxTextChars: 60_000,
};

export type ExtractedDocument = { mediaType: string; kind: DocumentKind; text: string };

/** Why a document was refused. Codes match the app's error codes. */
export class DocumentRefusal extends Error {
  override name = 'DocumentRefusal';
  constructor(
    readonly code: 'upload.unsupported_type' | 'upload.unreadable' | 'upload.too_complex',
    message: string,
  ) {
    super(message);
  }
}

/** Recognises a document from its content (never its name) and extracts its text. */
export async function extractDocument(bytes: Uint8Array, limits: DocumentLimits = defaultDocumentLimits): Promise<ExtractedDocument> {
  const looksZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  // file-type reads inside a zip to tell DOCX from other zips: check the zip first.
  if (looksZip) inspectDocx(bytes, limits);
  const type = await fileTypeFromBuffer(bytes);
  if (type?.mime === documentMediaTypes.pdf)
    return { mediaType: type.mime, kind: 'pdf', text: clean(await pdfText(bytes, limits), limits) };
  if (type?.mime === documentMediaTypes.docx) return { mediaType: type.mime, kind: 'docx', text: clean(await docxText(bytes), limits) };
  throw new DocumentRefusal('upload.unsupported_type', `content is ${type?.mime ?? 'not a known file type'}`);
}

/**
 * Counts the zip's entries from its central directory, then inflates every XML part as a
 * stream, counting the bytes it really unpacks to and the elements it holds, and stops at the
 * first limit. Nothing inflated is kept.
 */
export function inspectDocx(bytes: Uint8Array, limits: DocumentLimits): void {
  let entries = 0;
  try {
    unzipSync(bytes, {
      filter: () => {
        entries++;
        if (entries > limits.maxZipEntries)
          throw new DocumentRefusal('upload.too_complex', `more than ${limits.maxZipEntries} zip entries`);
        return false;
      },
    });
  } catch (e) {
    if (e instanceof DocumentRefusal) throw e;
    throw new DocumentRefusal('upload.unreadable', 'the zip structure could not be read');
  }
  let xmlBytes = 0;
  let elements = 0;
  let refusal: DocumentRefusal | undefined;
  const unzip = new Unzip((file) => {
    if (!/\.(xml|rels)$/i.test(file.name)) return;
    file.ondata = (err, chunk) => {
      if (refusal) return;
      if (err) {
        refusal = new DocumentRefusal('upload.unreadable', 'a part of the document could not be unpacked');
        return file.terminate();
      }
      xmlBytes += chunk.length;
      for (let i = chunk.indexOf(0x3c); i !== -1; i = chunk.indexOf(0x3c, i + 1)) elements++;
      if (xmlBytes > limits.maxXmlBytes)
        refusal = new DocumentRefusal('upload.too_complex', `unpacks to more than ${limits.maxXmlBytes} bytes of XML`);
      else if (elements > limits.maxXmlElements)
        refusal = new DocumentRefusal('upload.too_complex', `more than ${limits.maxXmlElements} XML elements`);
      if (refusal) file.terminate();
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  const step = 64 * 1024;
  try {
    for (let at = 0; at < bytes.length && !refusal; at += step) unzip.push(bytes.subarray(at, at + step), at + step >= bytes.length);
  } catch {
    refusal ??= new DocumentRefusal('upload.unreadable', 'the zip structure could not be read');
  }
  if (refusal) throw refusal;
}

const require = createRequire(import.meta.url);
const standardFontDataUrl = path.join(path.dirname(require.resolve('pdfjs-dist/package.json')), 'standard_fonts') + path.sep;

async function pdfText(bytes: Uint8Array, limits: DocumentLimits): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  let doc;
  try {
    doc = await pdfjs.getDocument({
      data: new Uint8Array(bytes),
      standardFontDataUrl,
      isEvalSupported: false,
      useSystemFonts: false,
      verbosity: 0,
    }).promise;
  } catch (e) {
    throw new DocumentRefusal('upload.unreadable', e instanceof Error ? e.message : 'the PDF could not be read');
  }
  try {
    const pages: string[] = [];
    let length = 0;
    for (let n = 1; n <= Math.min(doc.numPages, limits.maxPdfPages) && length < limits.maxTextChars; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const text = content.items.map((i) => ('str' in i ? i.str + (i.hasEOL ? '\n' : ' ') : '')).join('');
      pages.push(text);
      length += text.length;
      page.cleanup();
    }
    return pages.join('\n\n');
  } catch (e) {
    throw new DocumentRefusal('upload.unreadable', e instanceof Error ? e.message : 'the PDF could not be read');
  } finally {
    await doc.destroy();
  }
}

async function docxText(bytes: Uint8Array): Promise<string> {
  try {
    return (await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) })).value;
  } catch (e) {
    throw new DocumentRefusal('upload.unreadable', e instanceof Error ? e.message : 'the document could not be read');
  }
}

/** Drops characters no database column takes, folds runs of space, and caps the length. */
export function clean(text: string, limits: Pick<DocumentLimits, 'maxTextChars'>): string {
  return text
    .slice(0, limits.maxTextChars * 2)
    .replaceAll('\u0000', '')
    .replace(new RegExp(loneSurrogate.source, 'g'), '\ufffd')
    .replace(/[ \t]+/g, ' ')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
    .slice(0, limits.maxTextChars)
    .replace(/[\ud800-\udbff]$/, '');
}
