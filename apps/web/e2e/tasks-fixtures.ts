import { test as base } from "./distribute-fixtures";
import { TaskPage, TodosPage } from "./pages/task-page";
import { TaskCommunity } from "./support/task-community";

/** The Distribute fixtures plus the task screens and the community acting in the task stages. */
export const test = base.extend<{ tasks: TaskCommunity; taskPage: TaskPage; todosPage: TodosPage }>({
  tasks: async ({ chain }, use) => {
    await use(new TaskCommunity(chain));
  },
  taskPage: async ({ page, wallet }, use) => {
    void wallet;
    await use(new TaskPage(page));
  },
  todosPage: async ({ page, wallet }, use) => {
    void wallet;
    await use(new TodosPage(page));
  },
});

export { expect } from "./fixtures";
