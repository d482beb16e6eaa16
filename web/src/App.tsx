/** The routes. Every page but log-in is lazy: the console (with the engine and its anger model) loads only when opened. */
import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { RequireAuth } from './auth/RequireAuth';
import { AppLayout } from './layout/AppLayout';
import { LoginPage } from './pages/login';
import { NotFound } from './pages/NotFound';

const ConsolePage = lazy(() => import('./pages/console/index.tsx'));
const PromisesPage = lazy(() => import('./pages/promises/index.tsx'));
const CasesPage = lazy(() => import('./pages/cases/index.tsx'));
const CasePage = lazy(() => import('./pages/cases/case.tsx'));
const ConversationsPage = lazy(() => import('./pages/conversations/index.tsx'));
const ConversationPage = lazy(() => import('./pages/conversations/conversation.tsx'));
const QueuePage = lazy(() => import('./pages/queue/index.tsx'));
const InsightsPage = lazy(() => import('./pages/insights/index.tsx'));
const AdminPage = lazy(() => import('./pages/admin/index.tsx'));
const AuditPage = lazy(() => import('./pages/audit/index.tsx'));

export function App() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route
        element={
          <RequireAuth>
            <AppLayout />
          </RequireAuth>
        }
      >
        <Route index element={<ConsolePage />} />
        <Route path="promises" element={<PromisesPage />} />
        <Route path="cases" element={<CasesPage />} />
        <Route path="cases/:id" element={<CasePage />} />
        <Route path="conversations" element={<ConversationsPage />} />
        <Route path="conversations/:id" element={<ConversationPage />} />
        <Route
          path="queue"
          element={
            <RequireAuth least="supervisor">
              <QueuePage />
            </RequireAuth>
          }
        />
        <Route
          path="insights"
          element={
            <RequireAuth least="supervisor">
              <InsightsPage />
            </RequireAuth>
          }
        />
        <Route
          path="audit"
          element={
            <RequireAuth least="supervisor">
              <AuditPage />
            </RequireAuth>
          }
        />
        <Route
          path="admin/*"
          element={
            <RequireAuth least="admin">
              <AdminPage />
            </RequireAuth>
          }
        />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}
