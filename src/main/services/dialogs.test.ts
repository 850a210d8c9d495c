import { describe, expect, it } from 'vitest';
import { rulePackDialogOptions, rulePackSourceOf } from './dialogs';

describe('the rule pack dialog', () => {
  it('picks a folder or a .zip on macOS, a .zip or a rule of the folder elsewhere', () => {
    expect(rulePackDialogOptions('darwin').properties).toEqual(['openFile', 'openDirectory']);
    expect(rulePackDialogOptions('darwin').filters).toEqual([{ name: 'Rule pack (.zip)', extensions: ['zip'] }]);
    for (const platform of ['linux', 'win32']) {
      expect(rulePackDialogOptions(platform).properties).toEqual(['openFile']);
      expect(rulePackDialogOptions(platform).filters[0]?.extensions).toEqual(['zip', 'yml', 'yaml']);
    }
  });

  it('takes a chosen rule file for its folder', () => {
    expect(rulePackSourceOf('/home/ana/styles/Team/Buzzwords.yml')).toBe('/home/ana/styles/Team');
    expect(rulePackSourceOf('/home/ana/styles/Team/Hedging.YAML')).toBe('/home/ana/styles/Team');
    expect(rulePackSourceOf('/home/ana/team.zip')).toBe('/home/ana/team.zip');
    expect(rulePackSourceOf('/home/ana/styles/Team')).toBe('/home/ana/styles/Team');
  });
});
