/** Longest side of an uploaded photo: enough to read a sign or see a pothole. */
const MAX_SIDE = 1600;
/** Smaller photos go as they are. */
const SMALL = 600 * 1024;

/**
 * A phone photo of several MB made small enough for a village connection: scaled to MAX_SIDE and
 * re-encoded as JPEG. Anything unusual (no canvas, a format the browser cannot draw, a result no
 * smaller) sends the original instead.
 */
export async function shrinkImage(file: File): Promise<{ blob: Blob; name: string }> {
  const original = { blob: file as Blob, name: file.name };
  if (!/^image\/(jpeg|png|webp)$/.test(file.type) || file.size < SMALL) return original;
  if (typeof createImageBitmap !== 'function') return original;
  try {
    const bitmap = await createImageBitmap(file);
    const scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(bitmap.width * scale);
    canvas.height = Math.round(bitmap.height * scale);
    const context = canvas.getContext('2d');
    if (!context) return original;
    context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    bitmap.close();
    const blob = await new Promise<Blob | null>((resolve) =>
      canvas.toBlob(resolve, 'image/jpeg', 0.82),
    );
    if (!blob || blob.size >= file.size) return original;
    return { blob, name: `${file.name.replace(/\.[^.]+$/, '')}.jpg` };
  } catch {
    return original;
  }
}
