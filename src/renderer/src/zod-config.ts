// Imported first by each script that validates with zod (the library worker, the backup): zod compiles validators with `new Function` unless told not to, which the
// app's Content-Security-Policy forbids; the settings must be in place before any schema is built.
import { z } from 'zod';

z.config({ jitless: true });
