import * as z from 'zod/mini';
import { meetingCalendarSchema } from './meetingCalendar';

export const settingsSchema = z.object({
  /**
   * The agency's own "needs improvement" line, stricter than the pass mark: the seed writes
   * findings for every indicator under 90 although 85 passes.
   */
  improvementMark: z.number({ error: 'เกณฑ์ที่ต้องปรับปรุงต้องเป็นตัวเลข' }).check(
    z.minimum(0, { error: 'เกณฑ์ที่ต้องปรับปรุงต้องไม่ต่ำกว่า 0' }),
    z.maximum(100, { error: 'เกณฑ์ที่ต้องปรับปรุงต้องไม่เกิน 100' }),
  ),
  /** When the monthly meeting is; absent until the planning officer sets it (data from before it existed has none). */
  meetings: z.optional(meetingCalendarSchema),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = { improvementMark: 90 };
