export default defineBackground(() => {
  // Listeners are registered in the next step.
});
