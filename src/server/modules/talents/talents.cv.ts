import { createRequire } from 'node:module';
import path from 'node:path';
import { fileTypeFromBuffer } from 'file-type';
import mammoth from 'mammoth';
import { cvMediaTypes } from '../../../shared/profile.js';
import { AppError } from '../../platform/errors.js';

const require = createRequire(import.meta.url);
const standardFontDataUrl = path.join(path.dirname(require.resolve('pdfjs-dist/package.json')), 'standard_fonts') + path.sep;
/** Pages read from a PDF; a CV longer than this has said what matters. */
const maxPdfPages = 40;
const maxTextChars = 60_000;

export type ExtractedCv = { mediaType: string; kind: keyof typeof cvMediaTypes; text: string };

/**
 * Recognises a CV from its content (never from its name) and extracts its text with
 * maintained libraries: pdf.js for PDF, mammoth for DOCX. Other types are refused.
 */
export async function extractCv(bytes: Buffer): Promise<ExtractedCv> {
  const type = await fileTypeFromBuffer(bytes);
  if (type?.mime === cvMediaTypes.pdf) return { mediaType: type.mime, kind: 'pdf', text: clean(await pdfText(bytes)) };
  if (type?.mime === cvMediaTypes.docx) return { mediaType: type.mime, kind: 'docx', text: clean(await docxText(bytes)) };
  throw new AppError('upload.unsupported_type', `content is ${type?.mime ?? 'not a known file type'}`);
}

async function pdfText(bytes: Buffer): Promise<string> {
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
    throw new AppError('upload.unreadable', e instanceof Error ? e.message : 'the PDF could not be read');
  }
  try {
    const pages: string[] = [];
    for (let n = 1; n <= Math.min(doc.numPages, maxPdfPages); n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      pages.push(content.items.map((i) => ('str' in i ? i.str + (i.hasEOL ? '\n' : ' ') : '')).join(''));
    }
    return pages.join('\n\n');
  } finally {
    await doc.destroy();
  }
}

async function docxText(bytes: Buffer): Promise<string> {
  try {
    return (await mammoth.extractRawText({ buffer: bytes })).value;
  } catch (e) {
    throw new AppError('upload.unreadable', e instanceof Error ? e.message : 'the document could not be read');
  }
}

function clean(text: string): string {
  return text
    .split('\u0000')
    .join('')
    .replace(/[ \t]+/g, ' ')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
    .slice(0, maxTextChars);
}
