/**
 * Words that, after a brand, make a name a product's ("Vision Pro", "Galaxy
 * Ultra", "Xbox One S"): versions and editions. Lower case.
 */
export const PRODUCT_WORDS = new Set('pro max mini plus ultra air lite se xl xs edition remastered deluxe'.split(' '));
