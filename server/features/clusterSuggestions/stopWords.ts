import { ENGLISH_FUNCTION_WORDS, GERMAN_FUNCTION_WORDS } from "../../../shared/words/functionWords";

/**
 * Words that say nothing about a card's topic: German and English function words (shared/words), and the words of
 * wishing and proposing that workshop cards of every topic share ("wir brauchen mehr …", "Idee:").
 * Compared in lower case before stemming.
 */
const WORKSHOP = `idee ideen vorschlag vorschläge thema themen frage fragen anliegen wunsch wünsche projekt möglich
möglichkeit möglichkeiten ermöglichen sorgen stärken stärkung fördern förderung unterstützen unterstützung
verbessern verbesserung schaffen einrichten ausbauen nutzen erhalten gründen einführen sichern gewinnen entwickeln
gestalten bringen stellen stehen sitzen leben geben kommen kommt gehen halten bleiben finden schließen sollen
wollen können wissen zeigen`;

/**
 * Where and who: every topic happens in the region, in a village, for people. Shared by cards of
 * any topic, these words made most wrong suggestions on the tuning set.
 */
const PLACES_AND_PEOPLE = `region regionen regional land ländlich dorf dörfer stadt städte innenstadt ortsteil ortsteile
gemeinde gemeinden kommune kommunen landkreis kreis lausitz lausitzer quartier stadtteil vor ort menschen leute
bürger bürgerinnen einwohner bewohner jahr jahre alle`;

export const STOP_WORDS: ReadonlySet<string> = new Set([
  ...GERMAN_FUNCTION_WORDS,
  ...ENGLISH_FUNCTION_WORDS,
  ...`${WORKSHOP} ${PLACES_AND_PEOPLE}`.split(/\s+/).filter(Boolean),
]);
