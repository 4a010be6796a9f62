/** Tailwind 3.4 (not 4: Tremor 3 relies on the config safelist and on `bg-opacity-*`). */
const config = {
  plugins: {
    tailwindcss: {},
    autoprefixer: {},
  },
};

export default config;
