import type { Page } from 'playwright-core';

/** Draws a signature stroke across the booth's signature pad with the mouse, as a person would. */
export async function drawSignature(page: Page): Promise<void> {
  const pad = page.getByTestId('signature-pad');
  await pad.scrollIntoViewIfNeeded();
  const box = await pad.boundingBox();
  if (!box) throw new Error('The signature pad is not visible');
  await page.mouse.move(box.x + 30, box.y + box.height / 2);
  await page.mouse.down();
  for (let step = 1; step <= 12; step += 1) {
    const y = box.y + box.height / 2 + (step % 2 === 0 ? -30 : 30);
    await page.mouse.move(box.x + 30 + step * 25, y, { steps: 4 });
  }
  await page.mouse.up();
}
