import { imageQueries } from '../../images/image-queries';

/** Moved to `imageQueries.detail` (images/image-queries.ts); kept for the instance actions, which still import it. */
export const imageDetailQuery = imageQueries.detail;
