/** A red that keeps 4.5:1 with white text (shade 8 of red does not: 4.4:1). For destructive confirm buttons. */
export const dangerColor = 'red.9';
