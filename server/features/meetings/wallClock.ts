import type {
  ICalTemporalInstantStub,
  ICalTemporalPlainDateStub,
  ICalTemporalPlainDateTimeStub,
  ICalTemporalZonedDateTimeStub,
} from "ical-generator";

/**
 * A wall-clock time ("2027-01-24", "18:00") for ical-generator, as the Temporal.PlainDateTime it
 * accepts. With an event time zone, ical-generator prints such a value as it is
 * (`DTSTART;TZID=Europe/Berlin:20270124T180000`). A JavaScript Date would not do: the library prints
 * a Date for a time zone with the *process's* local getters, so the output would depend on the
 * server's TZ. Node 20 has no Temporal, hence this small stand-in with just what the library reads.
 */
export function wallClockTime(date: string, time: string): ICalTemporalPlainDateTimeStub {
  const [year, month, day] = date.split("-").map(Number);
  const [hour, minute] = time.split(":").map(Number);
  return plainDateTime({ year, month, day, hour, minute, second: 0 });
}

interface Fields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const two = (n: number) => String(n).padStart(2, "0");
const isoDate = (f: Fields) => `${String(f.year).padStart(4, "0")}-${two(f.month)}-${two(f.day)}`;
const isoDateTime = (f: Fields) => `${isoDate(f)}T${two(f.hour)}:${two(f.minute)}:${two(f.second)}`;

function plainDateTime(fields: Fields): ICalTemporalPlainDateTimeStub {
  const plain: ICalTemporalPlainDateTimeStub = {
    ...fields,
    toString: () => isoDateTime(fields),
    toJSON: () => isoDateTime(fields),
    toPlainDate: (): ICalTemporalPlainDateStub => ({
      year: fields.year,
      month: fields.month,
      day: fields.day,
      toString: () => isoDate(fields),
      toJSON: () => isoDate(fields),
    }),
    toZonedDateTime: (timeZone) => zonedDateTime(plain, fields, timeZone),
  };
  return plain;
}

function zonedDateTime(
  plain: ICalTemporalPlainDateTimeStub,
  fields: Fields,
  timeZone: string,
): ICalTemporalZonedDateTimeStub {
  const zoned: ICalTemporalZonedDateTimeStub = {
    ...fields,
    timeZoneId: timeZone,
    toString: () => `${isoDateTime(fields)}[${timeZone}]`,
    toJSON: () => `${isoDateTime(fields)}[${timeZone}]`,
    toPlainDateTime: () => plain,
    withTimeZone: (other) => {
      if (other === timeZone) return zoned;
      throw new Error("wallClockTime: converting between time zones is not needed here");
    },
    toInstant: () => instant(utcOf(fields, timeZone)),
  };
  return zoned;
}

function instant(epochMilliseconds: number): ICalTemporalInstantStub {
  const text = new Date(epochMilliseconds).toISOString();
  return {
    epochMilliseconds,
    toString: () => text,
    toJSON: () => text,
    toZonedDateTimeISO: () => {
      throw new Error("wallClockTime: not needed here");
    },
  };
}

/**
 * The instant a wall-clock time names in a time zone: the zone's offset at a first guess, then at the
 * corrected guess, which is right on both sides of a DST change (a time the change skips or repeats
 * gets one of its candidates). ical-generator does not need it for what we print; it is here so the
 * stand-in is whole.
 */
function utcOf(fields: Fields, timeZone: string): number {
  const asUtc = Date.UTC(fields.year, fields.month - 1, fields.day, fields.hour, fields.minute, fields.second);
  const guess = asUtc - offsetAt(asUtc, timeZone);
  return asUtc - offsetAt(guess, timeZone);
}

/** The zone's offset from UTC at an instant, in milliseconds (Berlin in winter: +3,600,000). */
function offsetAt(epochMilliseconds: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric",
  }).formatToParts(new Date(epochMilliseconds));
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(part("year"), part("month") - 1, part("day"), part("hour"), part("minute"), part("second"));
  return wall - Math.floor(epochMilliseconds / 1000) * 1000;
}
