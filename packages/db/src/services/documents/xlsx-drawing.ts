import { Readable } from "node:stream";
import type ExcelJS from "exceljs";

/**
 * Pictures in cells for exceljs's STREAMING workbook writer, which writes rows as they come
 * but has no addImage (exceljs 4.4: only the in-memory Workbook anchors images, and it keeps
 * every row and image in memory). See docs/decisions/0015-documents-docx-xlsx.md.
 *
 * While rows stream, each picture is remembered as three numbers (row, column, image index);
 * each distinct photo (by content hash) becomes one image part. After the sheet's rows are
 * committed, the drawing part is streamed from those numbers and each image's bytes are read
 * from the database only when the zip writer reaches it, so memory holds one image at a time.
 * The sheet gets its <drawing> element and relationship through exceljs's own writers, and
 * [Content_Types].xml the drawing and image types.
 */

const EMU_PER_PX = 9525;
const XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const REL_IMAGE = `${R}/image`;
const REL_DRAWING = `${R}/drawing`;

const EXTENSION: Record<string, string> = { "image/jpeg": "jpeg", "image/png": "png" };

/** Whether a photo of this type can be embedded (Excel shows JPEG and PNG; WebP is not). */
export const embeddableInXlsx = (mimeType: string) => mimeType in EXTENSION;

interface Internals {
  zip: { append(source: string | Buffer | Readable, options: { name: string }): void };
}
interface SheetInternals {
  stream: { write(text: string): void };
  _sheetRelsWriter: { addRelationship(rel: { Target: string; Type: string }): string };
  _writeRowBreaks(): void;
}

export class StreamedSheetPictures {
  private readonly anchors: number[] = [];
  private readonly images = new Map<string, { index: number; extension: string }>();
  private readonly order: string[] = [];

  constructor(
    private readonly widthPx: number,
    private readonly heightPx: number,
  ) {}

  get pictureCount(): number {
    return this.anchors.length / 3;
  }

  /** A picture in the cell at (row, column), both 0-based; false if its type cannot embed. */
  add(row: number, column: number, photo: { sha256: string; mimeType: string }): boolean {
    const extension = EXTENSION[photo.mimeType];
    if (!extension) return false;
    let image = this.images.get(photo.sha256);
    if (!image) {
      image = { index: this.order.length + 1, extension };
      this.images.set(photo.sha256, image);
      this.order.push(photo.sha256);
    }
    this.anchors.push(row, column, image.index);
    return true;
  }

  /** Call before any row is written: the sheet will name its drawing when it is committed. */
  attach(sheet: ExcelJS.Worksheet): void {
    const internals = sheet as unknown as SheetInternals;
    const writeRowBreaks = internals._writeRowBreaks.bind(sheet);
    // <drawing> comes after <rowBreaks> in a worksheet (ECMA-376 CT_Worksheet order).
    internals._writeRowBreaks = () => {
      writeRowBreaks();
      if (this.pictureCount === 0) return;
      const rId = internals._sheetRelsWriter.addRelationship({
        Target: "../drawings/drawing1.xml",
        Type: REL_DRAWING,
      });
      internals.stream.write(`<drawing r:id="${rId}"/>`);
    };
  }

  /**
   * After the sheet is committed and before the workbook is: queue the drawing, its
   * relationships and the images (each read by `loadBytes` when the zip writer gets to it).
   */
  appendParts(
    workbook: ExcelJS.stream.xlsx.WorkbookWriter,
    loadBytes: (sha256: string) => Promise<Uint8Array>,
  ): void {
    const zip = (workbook as unknown as Internals).zip;
    const append = zip.append.bind(zip);
    const extensions = new Set([...this.images.values()].map((i) => i.extension));
    zip.append = (source, options) => {
      if (options.name === "[Content_Types].xml" && typeof source === "string") {
        source = source.replace("</Types>", contentTypes(extensions, this.pictureCount > 0));
      }
      append(source, options);
    };
    if (this.pictureCount === 0) return;
    zip.append(Readable.from(this.drawingXml()), { name: "xl/drawings/drawing1.xml" });
    zip.append(Readable.from(this.relsXml()), { name: "xl/drawings/_rels/drawing1.xml.rels" });
    for (const sha256 of this.order) {
      const image = this.images.get(sha256) as { index: number; extension: string };
      const lazy = async function* () {
        yield Buffer.from(await loadBytes(sha256));
      };
      zip.append(Readable.from(lazy()), {
        name: `xl/media/image${image.index}.${image.extension}`,
      });
    }
  }

  private *drawingXml(): Generator<string> {
    yield `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><xdr:wsDr xmlns:xdr="${XDR}" xmlns:a="${A}" xmlns:r="${R}">`;
    const cx = this.widthPx * EMU_PER_PX;
    const cy = this.heightPx * EMU_PER_PX;
    const offset = 2 * EMU_PER_PX;
    let chunk = "";
    for (let i = 0; i < this.anchors.length; i += 3) {
      const [row, col, image] = [this.anchors[i], this.anchors[i + 1], this.anchors[i + 2]];
      const id = i / 3 + 1;
      chunk +=
        `<xdr:oneCellAnchor><xdr:from><xdr:col>${col}</xdr:col><xdr:colOff>${offset}</xdr:colOff>` +
        `<xdr:row>${row}</xdr:row><xdr:rowOff>${offset}</xdr:rowOff></xdr:from><xdr:ext cx="${cx}" cy="${cy}"/>` +
        `<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="${id + 1}" name="Picture ${id}"/><xdr:cNvPicPr><a:picLocks noChangeAspect="1"/></xdr:cNvPicPr></xdr:nvPicPr>` +
        `<xdr:blipFill><a:blip r:embed="rId${image}"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill>` +
        `<xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic>` +
        "<xdr:clientData/></xdr:oneCellAnchor>";
      if (chunk.length > 64_000) {
        yield chunk;
        chunk = "";
      }
    }
    yield `${chunk}</xdr:wsDr>`;
  }

  private *relsXml(): Generator<string> {
    yield `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`;
    let chunk = "";
    for (const sha256 of this.order) {
      const { index, extension } = this.images.get(sha256) as { index: number; extension: string };
      chunk += `<Relationship Id="rId${index}" Type="${REL_IMAGE}" Target="../media/image${index}.${extension}"/>`;
      if (chunk.length > 64_000) {
        yield chunk;
        chunk = "";
      }
    }
    yield `${chunk}</Relationships>`;
  }
}

function contentTypes(extensions: Set<string>, drawing: boolean): string {
  let xml = "";
  for (const ext of extensions) xml += `<Default Extension="${ext}" ContentType="image/${ext}"/>`;
  if (drawing) {
    xml +=
      '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>';
  }
  return `${xml}</Types>`;
}
