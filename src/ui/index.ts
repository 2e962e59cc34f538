/** The terminal UI: the container, its session model, and what the command line needs to start it. */
export { App, type AppIo, type AppProps, type ExitSummary } from './App.js';
export { runUi, type UiEnd } from './runUi.js';
export { KEY_TABLE, commandFor, helpFor } from './keys.js';
export type { CatalogEntry, SetupState } from './state.js';
export { ClassroomDashboard, TIMER_STEPS, type ClassroomDashboardProps } from './ClassroomDashboard.js';
export { runDashboard, type DashboardEnd } from './runDashboard.js';
