/**
 * English function words. They carry no topic, so matching ignores them; how
 * common a content word is ("said", "people") is left to the term weights.
 * Written as the tokenizer writes words (text.ts): lower case, straight
 * apostrophes, and no "'s", which it drops ("it's" is "it").
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also am an and any are aren't as at be because been before being below
between both but by can can't cannot could couldn't did didn't do does doesn't doing don't down during each few
for from further had hadn't has hasn't have haven't having he he'd he'll her here hers herself him
himself his how i i'd i'll i'm i've if in into is isn't it its itself me more most mustn't my
myself no nor not of off on once only or other ought our ours ourselves out over own same shan't she she'd she'll
should shouldn't so some such than that the their theirs them themselves then there these
they they'd they'll they're they've this those through to too under until up very was wasn't we we'd we'll
we're we've were weren't what when where which while who whom why with won't
would wouldn't you you'd you'll you're you've your yours yourself yourselves will just may might must shall
upon also via per yet however although though whether either neither among amongst within without toward towards
onto unto lest whose whereas thereby therefore thus hence herein s t ll ve re d m`.split(/\s+/),
);
