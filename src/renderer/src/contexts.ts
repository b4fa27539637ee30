// What elements receive from <nr-app> through @lit/context.
import { createContext } from '@lit/context';
import type { NewsroomDB } from './db/database';

export const dbContext = createContext<NewsroomDB>(Symbol('newsroom-db'));
