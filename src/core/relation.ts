/** How a related report relates to the article being read. */
export type Relation = 'same' | 'rewrite' | 'story';

/** Closest relations first: used to order and to name them for people. */
export const RELATION_ORDER: readonly Relation[] = ['same', 'rewrite', 'story'];
