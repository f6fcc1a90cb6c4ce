/**
 * German and English function words: they say nothing about what a text is about. Compared in lower
 * case before stemming. Shared by the cluster suggestions (server) and the wall's matching (browser),
 * each of which adds words of its own.
 */
const GERMAN = `aber alle allem allen aller alles als also am an ander andere anderen anderer anderes auch auf aus bei
beim bin bis bist da damit dann das dass dem den denen der deren des dessen die dies diese diesem diesen dieser
dieses doch dort du durch ein eine einem einen einer eines einige einigen einiger er es etwa etwas euch euer
eure für gegen gibt hab habe haben hat hatte hätte hier hin hinter ich ihm ihn ihnen ihr ihre ihrem ihren ihrer
im in ins ist ja jede jedem jeden jeder jedes jetzt kann kein keine keinem keinen keiner können könnte man
manche mehr mein meine mit muss müssen nach nicht nichts noch nun nur ob oder ohne schon sehr sein seine
seinem seinen seiner sich sie sind so solche soll sollen sollte sollten sondern statt über um und uns unser
unsere unter viel viele vom von vor wann war waren warum was weil weiter welche welchem welchen welcher welches
wenn wer werden wie wieder will wir wird wo zu zum zur zwar zwischen wo dazu davon dabei
dafür daran darauf darum oft immer kaum ganz gibt geht gehen gut gute guten neu neue neuen neuer weniger
besser bessere besseren stärker selbst wenig wenige einzelne paar eigene eigenen eigenes endlich bitte
brauchen braucht benötigen fehlt fehlen machen mach gemacht lassen schaffen sollen wollen`;

const ENGLISH = `a about after all also an and any are as at be because been but by can could do does for from
had has have how i if in into is it its more most my no not of on or our should so some such than that the
their them then there these they this to too us was we were what when where which who why will with would you
your need needs better new idea ideas`;

const words = (list: string) => new Set(list.split(/\s+/).filter(Boolean));

/** German function words alone, to tell a German text from an English one. */
export const GERMAN_FUNCTION_WORDS: ReadonlySet<string> = words(GERMAN);
/** English function words alone, likewise. */
export const ENGLISH_FUNCTION_WORDS: ReadonlySet<string> = words(ENGLISH);
