import { readDates } from './timeframeDates';
import { readFiscal, readQuarter } from './timeframeFiscal';
import { Cursor, type Env, type Outcome, describePoint, failed, structure, warn } from './timeframeReading';
import type { Token } from './timeframeTokens';

const endOfWhat = (c: Cursor, k = 0): boolean =>
  c.is('month-word', k) || c.is('month', k) || c.is('fiscal', k) || c.is('quarter', k);

/** Prefix words, then one of the kinds: a fiscal year, a quarter, or days and months. */
export function readBody(tokens: Token[], env: Env): Outcome {
  const c = new Cursor(tokens);
  // One opening word at most: 'ระหว่างก่อนสิ้น…' is not a way anyone writes.
  const since = c.take('since') !== undefined;
  const between = !since && c.take('between') !== undefined;
  let deadline = false;
  if (!since && !between && c.take('within') !== undefined) {
    deadline = true;
    // 'ภายในสิ้นเดือน ธ.ค.': the end of a month or year, never of a day.
    if (c.take('end-of') !== undefined && !endOfWhat(c)) return structure(env, c.peek());
  } else if (!since && !between && c.take('before') !== undefined) {
    if (c.take('end-of') === undefined) {
      // 'ก่อน 30 ก.ย.' may or may not include the 30th; 'ภายใน' says it does.
      const message = `ระยะเวลา "${env.q}" ใช้คำว่า "ก่อน" ซึ่งไม่บอกว่ารวมวันนั้นด้วยหรือไม่: กรุณาเขียน "ภายใน" เช่น "ภายใน 30 ก.ย. 67"`;
      return warn('ambiguous', message);
    }
    if (!endOfWhat(c)) return structure(env, c.peek());
    deadline = true;
  } else if (!since && !between && c.is('end-of') && endOfWhat(c, 1)) {
    // 'สิ้นปีงบประมาณ 2567', 'สิ้นเดือนมีนาคม 2567': the end of a period is already a deadline.
    c.take('end-of');
    deadline = true;
  }
  const fiscal = c.is('fiscal') || ((c.is('throughout') || c.is('annual')) && c.is('fiscal', 1));
  const reading = fiscal ? readFiscal(c, env) : c.is('quarter') ? readQuarter(c, env) : readDates(c, env, between);
  if (failed(reading)) return reading;
  const onward = c.take('onward') !== undefined;
  if (!c.done) return structure(env, c.peek());
  if ((since && reading.single) || onward) {
    const from = reading.start === null ? '' : ` (${describePoint(reading.start, reading.startDay)})`;
    const message = `ระยะเวลา "${env.q}" บอกแต่เวลาเริ่มต้น${from} ไม่บอกว่าสิ้นสุดเมื่อใด: กรุณาใส่เวลาสิ้นสุด เช่น "1 ต.ค. 66 - 30 ก.ย. 67"`;
    return warn('open-end', message);
  }
  // 'ภายใน 30 ก.ย. 67' is a deadline; 'ภายใน ต.ค.–ธ.ค. 66' names its start and stays a range.
  if (deadline && reading.single) return { ...reading, start: null, startDay: null };
  return reading;
}
