import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { getHost, getMenu } from './host/host';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
const root = createRoot(container);

try {
  const host = getHost();
  root.render(
    <StrictMode>
      <App host={host} menu={getMenu()} />
    </StrictMode>,
  );
} catch (error) {
  root.render(
    <p className="pv-fatal" role="alert">
      {(error as Error).message}
    </p>,
  );
}
