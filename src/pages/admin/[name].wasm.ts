import { cmsFile, cmsFiles } from '../../admin/cms-files.ts';

// Decap CMS's WebAssembly, beside its scripts.
export const getStaticPaths = () => cmsFiles('wasm');
export const GET = ({ params }: { params: { name: string } }) => cmsFile(params.name, 'wasm');
