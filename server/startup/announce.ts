import { networkInterfaces, type NetworkInterfaceInfo } from 'node:os';
import type { DatabaseTarget } from '../db/dbErrors';

type Interfaces = NodeJS.Dict<NetworkInterfaceInfo[]>;

const WILDCARDS = new Set(['0.0.0.0', '::', '']);
const urlOf = (host: string, port: number) => `http://${host.includes(':') ? `[${host}]` : host}:${port}`;

/**
 * The addresses other machines of the office can open: every IPv4 address of this machine's
 * network cards (loopback left out) when the server listens on all of them, else the one it
 * listens on.
 */
export function officeAddresses(hostname: string, port: number, interfaces: Interfaces = networkInterfaces()): string[] {
  if (!WILDCARDS.has(hostname)) return [urlOf(hostname, port)];
  const addresses = Object.values(interfaces)
    .flatMap((list) => list ?? [])
    .filter((i) => i.family === 'IPv4' && !i.internal)
    .map((i) => urlOf(i.address, port));
  return [...new Set(addresses)];
}

const isLoopback = (host: string) => host === 'localhost' || host === '::1' || host.startsWith('127.');

/** What the server says once it listens, in Thai and English: where people open it. */
export function listeningLines(hostname: string, port: number, interfaces: Interfaces = networkInterfaces()): string[] {
  const local = urlOf(WILDCARDS.has(hostname) ? 'localhost' : hostname, port);
  const lines = [`[server] listening on ${local}`];
  if (isLoopback(hostname)) {
    lines.push(
      `[server] เปิดได้เฉพาะบนเครื่องนี้ที่ ${local} ตั้ง HOST=0.0.0.0 เพื่อให้เครื่องอื่นในสำนักงานเปิดได้`,
      `[server] only this machine can open ${local}: set HOST=0.0.0.0 for the office network.`,
    );
    return lines;
  }
  const office = officeAddresses(hostname, port, interfaces);
  if (office.length === 0) {
    lines.push('[server] ไม่พบที่อยู่ IPv4 ของเครื่องนี้ในเครือข่าย · this machine has no network IPv4 address.');
    return lines;
  }
  lines.push('[server] เครื่องอื่นในสำนักงานเปิดแอปได้ที่ · open the app from the office network at:');
  for (const url of office) lines.push(`[server]   ${url}`);
  return lines;
}

/** Which database the server uses, never its password. */
export function databaseLine(t: DatabaseTarget): string {
  const where = `${t.user}@${t.host}:${t.port}/${t.database}`;
  return `[server] ติดต่อฐานข้อมูลได้ · database reachable: ${where}`;
}
