import { DOMParser } from '@xmldom/xmldom';
import fs from 'node:fs';
for (const f of fs.readdirSync('/work/shared/e2b-samples').filter(f=>f.endsWith('.xml'))) {
  const doc = new DOMParser().parseFromString(fs.readFileSync('/work/shared/e2b-samples/'+f,'utf8'), 'text/xml');
  const vals = doc.getElementsByTagName('value');
  for (let i=0;i<vals.length;i++){ const v=vals[i]; if (v.getAttribute('codeSystem')!=='2.16.840.1.113883.6.163') continue;
    const obs=v.parentNode; const code=[...Array.from(obs.childNodes)].find(n=>n.nodeName==='code');
    const ot = [...Array.from(v.childNodes)].find(n=>n.nodeName==='originalText');
    console.log(f, code?.getAttribute('displayName')||code?.getAttribute('code'), v.getAttribute('code'), v.getAttribute('codeSystemVersion'), ot?ot.textContent:''); }
  const codes = doc.getElementsByTagName('code');
  for (let i=0;i<codes.length;i++){ const c=codes[i]; if (c.getAttribute('codeSystem')==='2.16.840.1.113883.6.163') { const p=c.parentNode; const pc=[...Array.from(p.parentNode.parentNode.childNodes)].find(n=>n.nodeName==='code'); console.log(f,'CODE', pc?.getAttribute('displayName'), c.getAttribute('code'), c.getAttribute('codeSystemVersion'), [...Array.from(c.childNodes)].find(n=>n.nodeName==='originalText')?.textContent ?? ''); } }
}
