// The 50,000-row Excel export, outside the test suite (it is heavy on a shared machine):
// loads a city with BENCH_FINDINGS findings (default 50,000), gives them before and after
// photos (BENCH_PHOTOS distinct images, default 500, each ~BENCH_PHOTO_KB), streams the
// 整改清单 of every task to a file and samples the process's memory every 50 ms.
// BENCH_EXPORT_HEAP_MB=160 runs the export alone in a process with that heap cap.
// Run once: npm run bench:exports (PostgreSQL: BENCH_DATABASE_URL=postgresql://…; without it
// an in-memory PGlite, whose database then counts in this process's memory too).
import { spawnSync } from "node:child_process";
import { createWriteStream } from "node:fs";
import { stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { deflateSync } from "node:zlib";
import { shanghaiDate } from "@cw/domain";
import { openPostgres } from "../src/client.ts";
import { exportTaskList, type SignedInUser, serviceContext, storePhoto } from "../src/index.ts";
import { loadCityScale } from "../src/testing/city-scale.ts";
import { createTestDatabase, type TestDatabase } from "../src/testing/test-database.ts";
import { createTestUser } from "../src/testing/test-users.ts";

const FINDINGS = Number(process.env.BENCH_FINDINGS ?? 50_000);
const PHOTOS = Number(process.env.BENCH_PHOTOS ?? 500);
const PHOTO_KB = Number(process.env.BENCH_PHOTO_KB ?? 30);
const kind = process.env.BENCH_DATABASE_URL ? "postgres" : "pglite";
if (process.env.BENCH_DATABASE_URL) process.env.TEST_DATABASE_URL = process.env.BENCH_DATABASE_URL;

const now = new Date();
const mb = (bytes: number) => (bytes / 1_048_576).toFixed(1);
// BENCH_EXPORT_HEAP_MB=160 runs the export alone in a process with that heap cap (as
// `npm run serve` runs the server), so the set-up's own memory is not in the reading.
const HEAP_CAP = process.env.BENCH_EXPORT_HEAP_MB;
const child = process.env.BENCH_EXPORT_CHILD;

if (child) {
  const { url, user } = JSON.parse(child) as { url: string; user: SignedInUser };
  const target = new URL(url);
  const db = await openPostgres(url, target.host, target.pathname.slice(1));
  try {
    await measureExport(serviceContext(db.prisma, user, { now }));
  } finally {
    await db.close();
  }
} else {
  if (HEAP_CAP && kind !== "postgres")
    throw new Error("BENCH_EXPORT_HEAP_MB needs BENCH_DATABASE_URL");
  const db = await createTestDatabase(kind);
  try {
    const user = await loadCityWithPhotos(db);
    if (HEAP_CAP) {
      const args = [`--max-old-space-size=${HEAP_CAP}`, "--expose-gc", ...process.execArgv];
      const exported = spawnSync(process.execPath, [...args, fileURLToPath(import.meta.url)], {
        stdio: "inherit",
        env: {
          ...process.env,
          BENCH_EXPORT_CHILD: JSON.stringify({ url: db.url, user }),
        },
      });
      console.log(
        `export process (heap cap ${HEAP_CAP} MB) ended with status ${exported.status} ${exported.signal ?? ""}`,
      );
    } else {
      await measureExport(serviceContext(db.prisma, user, { now }));
    }
  } finally {
    await db.destroy();
  }
}

async function loadCityWithPhotos(db: TestDatabase) {
  await loadCityScale(db, { sites: 1000, findings: FINDINGS, today: shanghaiDate(now) });
  const user = await createTestUser(db.prisma, "coordinator");
  const ctx = serviceContext(db.prisma, user, { now });
  const photoIds: string[] = [];
  for (let i = 0; i < PHOTOS; i++) {
    const stored = await storePhoto(ctx, { bytes: noisePng(i, PHOTO_KB), maxBytes: 10_000_000 });
    photoIds.push(stored.id);
  }
  const findings = await db.prisma.finding.findMany({ select: { id: true } });
  for (let i = 0; i < findings.length; i += 5000) {
    const batch = findings.slice(i, i + 5000);
    await db.prisma.findingPhoto.createMany({
      data: batch.flatMap((f, j) => [
        { findingId: f.id, photoId: photoIds[(i + j) % PHOTOS] as string, kind: "before" as const },
        {
          findingId: f.id,
          photoId: photoIds[(i + j + 1) % PHOTOS] as string,
          kind: "after" as const,
        },
      ]),
    });
  }
  console.log(`${kind}: ${findings.length} findings, ${PHOTOS} photos of ~${PHOTO_KB} KB, 2 each`);
  return user;
}

async function measureExport(ctx: Parameters<typeof exportTaskList>[0]) {
  global.gc?.();
  const base = process.memoryUsage();
  let peakRss = base.rss;
  let peakHeap = base.heapUsed;
  const sampler = setInterval(() => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  }, 50);
  const file = join(tmpdir(), `bench-export-${process.pid}.xlsx`);
  const started = performance.now();
  const result = await exportTaskList(
    ctx,
    { preset: "rectification", sort: "found_desc" },
    createWriteStream(file),
  );
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  const size = (await stat(file)).size;
  console.log(
    `exported ${result.rows} rows with ${result.pictures} pictures in ${seconds.toFixed(1)} s → ${mb(size)} MB (${file})`,
  );
  console.log(
    `memory before: rss ${mb(base.rss)} MB, heap ${mb(base.heapUsed)} MB; peak during: rss ${mb(peakRss)} MB (+${mb(peakRss - base.rss)}), heap ${mb(peakHeap)} MB (+${mb(peakHeap - base.heapUsed)})`,
  );
}

/** A PNG of noise (so it does not compress away), about `kb` KB, different for each i. */
function noisePng(i: number, kb: number): Buffer {
  const side = Math.max(8, Math.round(Math.sqrt((kb * 1024) / 3)));
  const raw = Buffer.alloc((side * 3 + 1) * side);
  let x = i * 2654435761;
  for (let p = 0; p < raw.length; p++) {
    x = (x * 1103515245 + 12345) >>> 0;
    raw[p] = p % (side * 3 + 1) === 0 ? 0 : x >>> 24;
  }
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(side, 0);
  header.writeUInt32BE(side, 4);
  header[8] = 8;
  header[9] = 2;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}
