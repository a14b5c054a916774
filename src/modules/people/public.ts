/** What other modules may use of people (see docs/architecture.md): who works here (directory.ts). */
export {
  type EmployeeName,
  employeeIn,
  employeeOfUser,
  employeesOf,
  type TrainingRef,
  trainingsOf,
} from './directory.ts';
