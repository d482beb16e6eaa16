// Imported before the engine: the engine validates with zod, which otherwise probes `new Function` (forbidden by the
// page's Content-Security-Policy) the first time it parses, and some engine modules parse as they load.
import { z } from 'zod';

z.config({ jitless: true });
