import fs from 'node:fs';
import path from 'node:path';

/**
 * PGlite is single-process: a lock file in the data folder keeps a second server out. A lock left
 * by a killed process (its pid no longer alive) is taken over.
 */
export class DataDirLockedError extends Error {}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function acquireDataDirLock(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const lockPath = path.join(dataDir, 'tiexin.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = fs.openSync(lockPath, 'wx');
      fs.writeSync(fd, `${process.pid}\n`);
      fs.closeSync(fd);
      return () => {
        try {
          const owner = Number.parseInt(fs.readFileSync(lockPath, 'utf8'), 10);
          if (owner === process.pid) fs.unlinkSync(lockPath);
        } catch {
          // already gone
        }
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const owner = Number.parseInt(fs.readFileSync(lockPath, 'utf8'), 10);
      if (Number.isFinite(owner) && owner !== process.pid && isAlive(owner)) {
        throw new DataDirLockedError(
          `数据目录 ${dataDir} 正被另一个 Tiexin 进程 (pid ${owner}) 使用。` +
            `The data folder is in use by another Tiexin process (pid ${owner}); stop it first or set DATA_DIR.`,
        );
      }
      // stale lock from a process that died: take it over
      fs.unlinkSync(lockPath);
    }
  }
  throw new DataDirLockedError(`无法获取数据目录锁 ${lockPath}`);
}
