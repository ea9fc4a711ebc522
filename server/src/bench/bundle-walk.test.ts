import { describe, expect, it } from 'vitest';
import { type Manifest, routeFiles, staticClosure, totalSize } from './bundle-walk.js';

// The shape Vite writes: the entry, shared chunks by `_name-hash.js` id, lazy modules by source path.
const manifest: Manifest = {
  'index.html': {
    file: 'assets/index-a.js',
    src: 'index.html',
    isEntry: true,
    imports: ['_react-b.js', '_antd-c.js'],
    dynamicImports: ['src/pages/login-page.tsx', 'src/modules/home/mentor-home.tsx', 'src/modules/dashboard/view.tsx'],
    css: ['assets/index-a.css'],
  },
  '_react-b.js': { file: 'assets/react-b.js' },
  '_antd-c.js': { file: 'assets/antd-c.js', imports: ['_react-b.js'] },
  '_form-d.js': { file: 'assets/form-d.js', imports: ['_antd-c.js'] },
  '_table-e.js': { file: 'assets/table-e.js', imports: ['_antd-c.js', '_form-d.js'] },
  'src/pages/login-page.tsx': {
    file: 'assets/login-page-f.js',
    src: 'src/pages/login-page.tsx',
    isDynamicEntry: true,
    imports: ['_form-d.js'],
  },
  'src/modules/home/mentor-home.tsx': {
    file: 'assets/mentor-home-g.js',
    src: 'src/modules/home/mentor-home.tsx',
    isDynamicEntry: true,
    imports: ['_table-e.js'],
    // Loaded later, by a click: not part of the route.
    dynamicImports: ['src/modules/dashboard/view.tsx'],
  },
  'src/modules/dashboard/view.tsx': {
    file: 'assets/view-h.js',
    src: 'src/modules/dashboard/view.tsx',
    isDynamicEntry: true,
    imports: ['_echarts-i.js'],
  },
  '_echarts-i.js': { file: 'assets/echarts-i.js' },
};

describe('the build manifest walker', () => {
  it('follows static imports transitively, each chunk once, cycles included', () => {
    const cyclic: Manifest = { ...manifest, '_react-b.js': { file: 'assets/react-b.js', imports: ['_antd-c.js'] } };
    expect([...staticClosure(cyclic, 'index.html')].sort()).toEqual(['_antd-c.js', '_react-b.js', 'index.html']);
  });

  it('a route is the entry plus its lazy modules and their imports, never other dynamic imports or CSS', () => {
    expect(routeFiles(manifest, []).sort()).toEqual(['assets/antd-c.js', 'assets/index-a.js', 'assets/react-b.js']);
    expect(routeFiles(manifest, ['src/modules/home/mentor-home.tsx']).sort()).toEqual([
      'assets/antd-c.js',
      'assets/form-d.js',
      'assets/index-a.js',
      'assets/mentor-home-g.js',
      'assets/react-b.js',
      'assets/table-e.js',
    ]);
  });

  it('counts a chunk shared by two lazy modules once', () => {
    const files = routeFiles(manifest, ['src/pages/login-page.tsx', 'src/modules/home/mentor-home.tsx']);
    expect(files.filter((f) => f === 'assets/form-d.js')).toHaveLength(1);
    const sizes: Record<string, number> = { 'assets/form-d.js': 10 };
    expect(totalSize(files, (f) => sizes[f] ?? 1)).toBe(10 + files.length - 1);
  });

  it('refuses a route module that is not lazy or not in the build, so a renamed page cannot pass unmeasured', () => {
    expect(() => routeFiles(manifest, ['src/pages/gone.tsx'])).toThrow(/not loaded on demand/);
    expect(() => routeFiles(manifest, ['_form-d.js'])).toThrow(/not loaded on demand/);
  });

  it('refuses a manifest without exactly one entry', () => {
    expect(() => routeFiles({ '_a.js': { file: 'assets/a.js' } }, [])).toThrow(/one entry/);
  });
});
