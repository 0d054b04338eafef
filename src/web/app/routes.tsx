import { createBrowserRouter } from 'react-router';
import { features } from './features';
import { Layout } from './Layout';
import { NotFoundPage } from './NotFoundPage';

/** Every feature's routes inside the shell's layout; an address no feature knows is "not found". */
export const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [...features.flatMap((f) => f.routes), { path: '*', element: <NotFoundPage /> }],
  },
]);
