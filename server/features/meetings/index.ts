export { type AgendaItem, buildCalendar, type CalendarEntry, MEETING_TIME_ZONE, meetingUid } from "./calendar";
export { calendarRoutes } from "./calendarRoutes";
