import { cmsFile, cmsFiles } from '../../admin/cms-files.ts';

// Decap CMS's scripts, from our own files and under /admin/ only: no reader's page loads them.
export const getStaticPaths = () => cmsFiles('js');
export const GET = ({ params }: { params: { name: string } }) => cmsFile(params.name, 'js');
