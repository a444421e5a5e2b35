import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { LoadingState } from '../ui/LoadingState';
import { DashboardPage } from '../features/dashboard/DashboardPage';
import { BareLayout, Layout } from './Layout';
import { NotFound } from './NotFound';
import { SetUpGate } from './SetUpGate';

// Forms and their libraries load only when a person opens the screen that needs them.
const MeasuresPage = lazy(() => import('../features/measures/MeasuresPage').then((m) => ({ default: m.MeasuresPage })));
const NewMeasurePage = lazy(() => import('../features/measures/NewMeasurePage').then((m) => ({ default: m.NewMeasurePage })));
const MeasurePage = lazy(() => import('../features/measures/MeasurePage').then((m) => ({ default: m.MeasurePage })));
const AssessmentsPage = lazy(() => import('../features/assessments/AssessmentsPage').then((m) => ({ default: m.AssessmentsPage })));
const FrameworkEditorPage = lazy(() =>
  import('../features/assessments/framework/FrameworkEditorPage').then((m) => ({ default: m.FrameworkEditorPage })),
);
const MeetingPage = lazy(() => import('../features/meeting/MeetingPage').then((m) => ({ default: m.MeetingPage })));
const ReportsPage = lazy(() => import('../features/reports/ReportsPage').then((m) => ({ default: m.ReportsPage })));
const AccountsPage = lazy(() => import('../features/accounts/AccountsPage').then((m) => ({ default: m.AccountsPage })));
const SettingsPage = lazy(() => import('../features/settings/SettingsPage').then((m) => ({ default: m.SettingsPage })));

/**
 * Every screen and its URL; the URL holds the state worth sharing (year, language, filters).
 * Screens that need a year's result wait behind the first run while the data set has none.
 */
export function AppRoutes() {
  return (
    <Routes>
      <Route path="/" element={<Layout />}>
        <Route index element={<SetUpGate firstRun><DashboardPage /></SetUpGate>} />
        <Route
          path="assessments"
          element={
            <SetUpGate>
              <Suspense fallback={<LoadingState />}>
                <AssessmentsPage />
              </Suspense>
            </SetUpGate>
          }
        />
        <Route
          path="assessments/framework"
          element={
            <SetUpGate>
              <Suspense fallback={<LoadingState />}>
                <FrameworkEditorPage />
              </Suspense>
            </SetUpGate>
          }
        />
        <Route
          path="measures"
          element={
            <SetUpGate>
              <Suspense fallback={<LoadingState />}>
                <MeasuresPage />
              </Suspense>
            </SetUpGate>
          }
        />
        <Route
          path="measures/new"
          element={
            <SetUpGate>
              <Suspense fallback={<LoadingState />}>
                <NewMeasurePage />
              </Suspense>
            </SetUpGate>
          }
        />
        <Route
          path="measures/:id"
          element={
            <SetUpGate>
              <Suspense fallback={<LoadingState />}>
                <MeasurePage />
              </Suspense>
            </SetUpGate>
          }
        />
        <Route
          path="reports"
          element={
            <SetUpGate>
              <Suspense fallback={<LoadingState />}>
                <ReportsPage />
              </Suspense>
            </SetUpGate>
          }
        />
        <Route
          path="settings"
          element={
            <Suspense fallback={<LoadingState />}>
              <SettingsPage />
            </Suspense>
          }
        />
        <Route
          path="accounts"
          element={
            <Suspense fallback={<LoadingState />}>
              <AccountsPage />
            </Suspense>
          }
        />
        <Route path="*" element={<NotFound />} />
      </Route>
      {/* The meeting screen fills the TV: no header, no navigation. */}
      <Route element={<BareLayout />}>
        <Route
          path="meeting"
          element={
            <Suspense fallback={<LoadingState />}>
              <MeetingPage />
            </Suspense>
          }
        />
      </Route>
    </Routes>
  );
}
