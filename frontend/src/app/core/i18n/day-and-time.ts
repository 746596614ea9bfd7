/**
 * A due moment from a datepicker day and a timepicker time, as the ISO timestamp the API takes; null
 * without a day. A day without a time means by the end of that day, so a task is not overdue all day long.
 */
export function dayAndTimeToIso(day: Date | null, time: Date | null): string | null {
  if (day === null || isNaN(day.getTime())) return null;
  const moment = new Date(day);
  if (time === null || isNaN(time.getTime())) moment.setHours(23, 59, 0, 0);
  else moment.setHours(time.getHours(), time.getMinutes(), 0, 0);
  return moment.toISOString();
}
