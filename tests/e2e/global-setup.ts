// Says once, before any test, which runtimes cannot run here and why, so a skipped project never passes silently.
import { chromiumUnavailableReason, electronBinary } from '../support/runtimes';

export default function printUnavailableRuntimes(): void {
  const chromium = chromiumUnavailableReason();
  if (chromium) console.log(`[chromium] end-to-end tests skipped: ${chromium}`);
  const electron = electronBinary();
  if ('unavailable' in electron) console.log(`[electron] end-to-end tests skipped: ${electron.unavailable}`);
}
