const dateTime = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});
const date = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: 'long',
  day: 'numeric',
});

/** "2014年6月1日 10:20", in China time whatever the phone's zone */
export const formatDateTime = (iso: string) => dateTime.format(new Date(iso));

/** "2014年6月1日" from an ISO timestamp or a YYYY-MM-DD date */
export function formatDate(isoOrDate: string): string {
  const d = /^\d{4}-\d{2}-\d{2}$/.test(isoOrDate)
    ? new Date(`${isoOrDate}T12:00:00+08:00`)
    : new Date(isoOrDate);
  return date.format(d);
}
