import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { afterLoad } from "./after-load.js";
import { App } from "./app.js";
import "./styles.css";

const root = document.getElementById("root");
if (root)
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
afterLoad();
