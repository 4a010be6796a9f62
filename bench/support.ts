import { execSync } from "node:child_process";
import os from "node:os";
import postgres from "postgres";
import { migratePostgres } from "../db/migrate";

/** The machine a figure was measured on, printed beside it. */
export function machine(): string {
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  const pg = (() => {
    try {
      return execSync("psql --version", { encoding: "utf8" }).trim();
    } catch {
      return "psql not found";
    }
  })();
  return `${cpu}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Node ${process.version}, ${pg}`;
}

/** A clean, migrated database for one benchmark on the server at `adminUrl`. */
export async function benchDatabase(adminUrl: string, name: string): Promise<string> {
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.unsafe(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  await migratePostgres(url.toString());
  return url.toString();
}

/** Peak resident memory of a process so far (the kernel's high-water mark), in MiB. */
export function peakRssMiB(pid: number): number | null {
  try {
    const status = execSync(`cat /proc/${pid}/status`, { encoding: "utf8" });
    const kb = /VmHWM:\s+(\d+) kB/.exec(status)?.[1];
    return kb ? Number(kb) / 1024 : null;
  } catch {
    return null;
  }
}

export const fmt = (n: number, digits = 0) => n.toLocaleString("en-US", { maximumFractionDigits: digits });
