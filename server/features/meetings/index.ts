export { type AgendaItem, buildCalendar, type CalendarEntry, meetingUid } from "./calendar";
export { calendarRoutes } from "./calendarRoutes";
