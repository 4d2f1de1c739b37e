/** MB as GB to one decimal, for a sentence that formats the number itself (`{{value, number}} GB`). */
export function ramGb(mb: number): number {
  return Math.round((mb / 1024) * 10) / 10;
}

/** RAM as people say it: 1024 MB is "1 GB", 1536 MB "1.5 GB", 512 MB "512 MB". */
export function formatRam(mb: number): string {
  if (mb < 1024) return `${mb} MB`;
  const gb = mb / 1024;
  return `${Number.isInteger(gb) ? gb : gb.toFixed(1)} GB`;
}
